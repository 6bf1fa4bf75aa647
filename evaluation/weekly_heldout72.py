"""Held-out weekly reconnect cases, seventy-second set: Dutch and Flemish hiring, written by a
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at; held-out 10 was opened for its format only), reported as "held-out 72".

Everyone here is otherwise due in the week: reached a final round in May 2025 and lost to one
other person, and was last spoken to long before the week (170 days), unless the case is about
a recent contact. Recruiters at Eindhoven high-tech firms, Rotterdam and Antwerp port employers,
Amsterdam scale-ups and Brussels consultancies write ATS shorthand and call notes; candidates
reply by WhatsApp, LinkedIn and email, in English, Dutch and Flemish. What decides is what they
told us:

1. opt-outs (AVG erasure, "haal me van jullie lijst", "ge moogt mij schrappen", "STOP", a
   recruiter's DNC, a LinkedIn "never again"): never listed; beside each a scoped stop that is
   due (LinkedIn only, not that client, the newsletter only, a new phone number, calls after six);
2. waits counted from the day said, both ways: notice periods, "na de kerstvakantie", end of
   Q1, a thesis defence, parental leave, a probation, a sabbatical, Easter 2027 and the summer of
   2027 (after 2026-12-31), each beside a twin whose wait has run out or is checked in a later
   week;
3. notes full of dates that ask for no wait are due;
4. the latest word counts: a stop taken back, a wait called off, "whenever" hardened into a wait.
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
    role="Senior Backend Engineer",
)
LONG_AGO = 170


def quiet() -> dict:
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def mail(days, note) -> dict:
    return touch(days, "inbound", "replied", note=note, channel="email")


def wa(days, note) -> dict:
    return touch(days, "inbound", "replied", note=note, channel="other")


def li(days, note) -> dict:
    return touch(days, "inbound", "replied", note=note, channel="linkedin")


def ats(days, note) -> dict:
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Otherwise due; told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[quiet()])


def wrote(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


OPT_OUTS = [
    W(
        "AVG erasure vs a new phone number",
        [
            wrote(
                "Hugo Rensen",
                mail(
                    LONG_AGO, "Verwijder al mijn gegevens (AVG art. 17) en benader mij niet meer."
                ),
                due=False,
            ),
            wrote(
                "Milan Kok",
                mail(
                    LONG_AGO, "Nieuw 06-nummer: 06-12345678. Blijf me vooral op de hoogte houden."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'haal me van jullie lijst' vs off the newsletter only",
        [
            wrote("Lars Timmer", wa(LONG_AGO, "haal me van jullie lijst, klaar mee"), due=False),
            wrote(
                "Tim Smulders",
                mail(
                    LONG_AGO,
                    "Uitschrijven voor de nieuwsbrief graag, "
                    "persoonlijke berichten blijven welkom.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Flemish 'ge moogt mij schrappen' vs not via LinkedIn",
        [
            wrote(
                "Jens Maes",
                wa(LONG_AGO, "ge moogt mij schrappen, ik wil niks meer ontvangen"),
                due=False,
            ),
            wrote(
                "Pieter Wuyts",
                li(LONG_AGO, "Niet via LinkedIn aub, mail is beter. Ik blijf geïnteresseerd."),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP' by WhatsApp vs calls only after six",
        [
            wrote("Rens Baars", wa(LONG_AGO, "STOP - Rens"), due=False),
            wrote(
                "Joris Lamme",
                wa(LONG_AGO, "bel pas na 18u aub, overdag zit ik in de cleanroom"),
                due=True,
            ),
        ],
    ),
    W(
        "recruiter's DNC vs not for that one client",
        [
            wrote(
                "Erik Zeeman",
                ats(LONG_AGO, "Cand wil nooit meer benaderd worden. DNC gezet."),
                due=False,
            ),
            wrote(
                "Olav Jager",
                ats(LONG_AGO, "Cand: niet meer voorstellen bij klant Vopak, de rest graag."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn 'never again' vs no agency roles, in-house fine",
        [
            wrote("Stefanie Roos", li(LONG_AGO, "Please don't ever contact me again."), due=False),
            wrote(
                "Marjolein Baas",
                li(
                    LONG_AGO,
                    "I'd rather not hear about agency roles, but "
                    "in-house openings with you are welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "reply 'no thanks' to our opt-out line vs 'not this one, thanks'",
        [
            wrote("Gido Schreurs", mail(LONG_AGO, "No thanks. Gido"), due=False),
            wrote(
                "Thomas Koenen",
                mail(LONG_AGO, "Not this one, thanks - but do keep me in mind for the next."),
                due=True,
            ),
        ],
    ),
    W(
        "French withdrawal of consent vs new email",
        [
            wrote(
                "Amélie Fontaine",
                mail(
                    LONG_AGO, "Bonjour, merci de supprimer mes données et de ne plus me contacter."
                ),
                due=False,
            ),
            wrote(
                "Camille Leroy",
                mail(
                    LONG_AGO, "Please use my private email from now on, happy to hear about roles."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'geen contact meer gewenst' vs no calls, mail ok",
        [
            wrote(
                "Rutger Faber",
                ats(LONG_AGO, "Kandidaat: geen contact meer gewenst, verwijderen."),
                due=False,
            ),
            wrote(
                "Dirk Wagenaar",
                ats(LONG_AGO, "Kandidaat wil niet gebeld worden, mailen mag altijd."),
                due=True,
            ),
        ],
    ),
    W(
        "a letter asking for removal vs a request to see his data",
        [
            wrote(
                "Ferdinand Holst",
                mail(
                    LONG_AGO,
                    "Dear Sir or Madam, I hereby request that "
                    "you remove me from your candidate database and cease all contact.",
                ),
                due=False,
            ),
            wrote(
                "Leonard Bos",
                mail(
                    LONG_AGO, "Could you send me the personal data you hold? Still open to offers."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a partner's stop, not hers vs her own stop",
        [
            wrote(
                "Janneke Vos",
                ats(
                    LONG_AGO,
                    "Haar man belde: HIJ wil niet meer benaderd worden. Janneke zelf "
                    "staat open voor nieuwe rollen.",
                ),
                due=True,
            ),
            wrote(
                "Marit Kroon",
                ats(LONG_AGO, "Marit belde zelf: wil niet meer benaderd worden, nergens voor."),
                due=False,
            ),
        ],
    ),
]

XMAS = ("Bel me na de kerstvakantie, nu geen tijd.", 10)

WAITS = [
    W(
        "after the Christmas holidays said ten days ago vs after the summer holidays said in June",
        [
            said("Gerben Dekker", XMAS, due=False),
            said("Wilco Post", ("Na de zomervakantie mag je weer bellen.", 160), due=True),
        ],
    ),
    W(
        "after the Christmas holidays: due in mid-January",
        [
            said(
                "Jorn Vissers",
                ("Bel me na de kerstvakantie, nu geen tijd.", date(2026, 11, 13)),
                due=True,
            )
        ],
        week=date(2027, 1, 18),
    ),
    W(
        "two months' notice given three weeks ago vs one month given in August",
        [
            said("Floor Wassink", ("Opgezegd, twee maanden opzegtermijn.", 21), due=False),
            said("Nadia Bouzid", ("Gave one month's notice, free from September.", 100), due=True),
        ],
    ),
    W(
        "not before Easter 2027 vs Easter 2026 long passed",
        [
            said("Maarten Rook", ("Not looking before Easter 2027, bonus cycle.", 20), due=False),
            said(
                "Stefan Eland",
                ("Check back after Easter, we're in a release crunch.", date(2026, 2, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "not before Easter 2027: due in mid-April",
        [
            said(
                "Ruben Gorter",
                ("Not looking before Easter 2027, bonus cycle.", date(2026, 11, 3)),
                due=True,
            )
        ],
        week=date(2027, 4, 12),
    ),
    W(
        "after summer 2027 (internal promotion) vs still due",
        [
            wrote(
                "Quirine Sloot",
                wa(30, "net promotie gehad, spreek me pas na de zomer van 2027 weer"),
                due=False,
            ),
            wrote("Hanna Lubbers", wa(LONG_AGO, "geen haast, bel gerust als er iets is"), due=True),
        ],
    ),
    W(
        "end of Q1 go-live vs end of Q2 said in the spring",
        [
            said("Thijs Overbeek", ("Go-live end of Q1, nothing before April.", 30), due=False),
            said(
                "Dennis Kuipers",
                ("Finishing the migration by end of Q2, then open.", 230),
                due=True,
            ),
        ],
    ),
    W(
        "PhD defence in February vs defended in June",
        [
            wrote(
                "Emiel Verkerk",
                mail(20, "My defence is on 18 February; please wait until after that."),
                due=False,
            ),
            wrote("Otto Brinkman", mail(150, "Defended in June, available from July."), due=True),
        ],
    ),
    W(
        "ouderschapsverlof to end of March vs parental leave ended in October",
        [
            said(
                "Mirte Zandbergen", ("Ouderschapsverlof t/m eind maart, daarna pas.", 25), due=False
            ),
            said("Jolijn Hartog", ("On parental leave until mid-October.", 100), due=True),
        ],
    ),
    W(
        "six-month probation to March vs probation passed in July",
        [
            said("Kees Ruijters", ("New job 1 Sept, proeftijd van zes maanden.", 60), due=False),
            said("Arjen Spaans", ("Proeftijd gehaald in juli.", 130), due=True),
        ],
    ),
    W(
        "sabbatical until April vs back from a sabbatical in August",
        [
            wrote(
                "Bas Dijkgraaf", li(40, "On sabbatical until April, reach out after."), due=False
            ),
            wrote(
                "Mats Ouwerkerk", li(150, "Sabbatical until end of August, then talk."), due=True
            ),
        ],
    ),
    W(
        "'over drie maanden' said two weeks ago vs said in the spring",
        [
            wrote("Eva Schutte", wa(14, "bel me over drie maanden"), due=False),
            wrote("Sara Vd Berg", wa(200, "bel me over drie maanden"), due=True),
        ],
    ),
    W(
        "'give me a year' after a new job vs a note full of past dates",
        [
            wrote(
                "Rob Lansink", li(35, "New job since the 1st. Give me a year please."), due=False
            ),
            wrote(
                "Jordy Mol",
                ats(
                    80,
                    "Left employer 31/08, trip 2-25/09, in the market "
                    "since 01/10, interviews any day.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a house handover on 15 January vs moved in April",
        [
            said(
                "Ivar Wolff", ("Sleuteloverdracht 15 januari, daarvoor geen ruimte.", 20), due=False
            ),
            said("Paul Hiddink", ("Moved house in April, settled.", 210), due=True),
        ],
    ),
    W(
        "Flemish 'na de krokusvakantie' vs after the autumn break, long past",
        [
            wrote(
                "Seppe Lenaerts",
                wa(15, "contacteer mij maar na de krokusvakantie, nu volle bak"),
                due=False,
            ),
            wrote("Lore Hermans", wa(60, "na de herfstvakantie mag je terug bellen"), due=True),
        ],
    ),
    W(
        "waiting for the 13th month in December vs bonus paid in March",
        [
            said(
                "Liesbeth Ham",
                ("Wil haar dertiende maand in december nog ontvangen.", 14),
                due=False,
            ),
            said("Tamara Dijk", ("Staying till the March bonus, then open.", 300), due=True),
        ],
    ),
    W(
        "three months' notice given early November: due in February",
        [
            said(
                "Wouter Kamsma",
                ("Opgezegd per 1 november, drie maanden opzegtermijn.", date(2026, 11, 2)),
                due=True,
            )
        ],
        week=date(2027, 2, 8),
    ),
]

NO_WAIT = [
    W(
        "a note full of dates, no wait asked",
        [
            wrote(
                "Bert Kempen",
                ats(
                    LONG_AGO,
                    "Interviewed 12/03, offer 02/04 declined, 18/04 "
                    "called: always open to hear, any time.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "holiday dates mentioned, no wait",
        [
            wrote(
                "Mirjam Tak",
                mail(
                    LONG_AGO,
                    "I was in Zeeland 14-28 July and Ghent in "
                    "August; I'm around and open to chats whenever.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "an exam date passed, no wait",
        [said("Ralf Meeuwsen", ("Passed his AWS exam on 3 October, open to talk.", 45), due=True)],
    ),
    W(
        "NS strike dates, no wait",
        [
            wrote(
                "Cas Bruinsma",
                wa(
                    LONG_AGO,
                    "haha ik kon door de NS-staking op 4 en 5 juni "
                    "niet naar kantoor. bel gerust een keer",
                ),
                due=True,
            )
        ],
    ),
]

LATEST = [
    W(
        "stop then taken back vs keen then stop",
        [
            wrote(
                "Wim Groot",
                mail(400, "Stop contacting me. Wim"),
                mail(LONG_AGO, "Forget what I said last year, I'm looking again."),
                due=True,
            ),
            wrote(
                "Vincent Lok",
                li(400, "Keep me posted! Vincent"),
                mail(LONG_AGO, "Remove me from your lists, no more contact."),
                due=False,
            ),
        ],
    ),
    W(
        "wait called off early vs 'whenever' turned into a wait",
        [
            wrote(
                "Noud Hendriks",
                wa(120, "niet voor april 2027"),
                wa(90, "project geschrapt, ik ben er per direct klaar voor"),
                due=True,
            ),
            wrote(
                "Sjors Elzinga",
                wa(200, "bel maar wanneer"),
                wa(20, "toch even niet, pas na de zomer 2027"),
                due=False,
            ),
        ],
    ),
    W(
        "DNC by recruiter later lifted by the candidate",
        [
            wrote(
                "Lieve Meuris",
                ats(300, "DNC op verzoek kandidaat."),
                mail(LONG_AGO, "Ik wil toch weer op de hoogte gehouden worden, graag zelfs."),
                due=True,
            )
        ],
    ),
    W(
        "opt-out, then back, then opt-out again",
        [
            wrote(
                "Boris Kaal",
                mail(500, "Please remove me."),
                mail(300, "Actually I'm open again."),
                mail(LONG_AGO, "I've changed my mind once more: do not contact me again."),
                due=False,
            )
        ],
    ),
]

HELDOUT72_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *LATEST]
