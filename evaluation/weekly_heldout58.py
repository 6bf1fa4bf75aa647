"""Held-out weekly reconnect cases, fifty-eighth set: Nordic in-house and Baltic agency
recruiters' own words, written by a stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at; held-out 10 was opened for its format only),
measured and reported on its own line ("held-out 58").

Everyone here is otherwise due in the week of the case: reached a final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days), unless the
case is about a recent contact. A wait is a dated motivation, or a reply sent long enough before
the week that no recent contact holds the person back instead. The voices: Stockholm, Oslo,
Copenhagen and Helsinki in-house recruiters, Tallinn, Riga and Vilnius agencies, candidates'
emails, LinkedIn replies and WhatsApps, with lines in Swedish, Norwegian, Danish, Finnish,
Estonian, Latvian and Lithuanian. What decides is what they told us:

1. opt-outs (an email, a WhatsApp, a recruiter's DNC note, Swedish, Norwegian, Danish, Finnish,
   Estonian, Latvian and Lithuanian): never listed; beside each a scoped stop that is due (no
   calls at work, no newsletter, not that client, a new address, feedback owed);
2. waits counted from the day said (notice periods, parental leave, the July holiday, a bonus,
   an offshore contract, a probation, a residence permit decision) against twins whose wait has
   run out, and later weeks where a running wait has ended;
3. notes full of dates that ask for no wait;
4. plain restraint: a call last week is not listed, the same call months ago is;
5. the latest word counts.
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
QUIET = 170  # days before the week


def spoke_long_ago() -> dict:
    return touch(QUIET, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[spoke_long_ago()])


def heard(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


OPT_OUTS = [
    W(
        "email: delete me vs email: no calls at work",
        [
            heard(
                "Sixten Wallgren",
                wrote(QUIET, "Delete my details and never contact me again, please."),
                due=False,
            ),
            heard(
                "Valter Ernstsson",
                wrote(QUIET, "No phone calls at work please - email me whenever you like."),
                due=True,
            ),
        ],
    ),
    W(
        "Swedish: hör inte av er mer vs nytt mejl",
        [
            heard(
                "Meja Lindkvist",
                wrote(QUIET, "Hör inte av er mer. Jag vill inte ha några fler kontakter från er."),
                due=False,
            ),
            heard(
                "Alva Thornberg",
                wrote(QUIET, "Hej, min nya mejladress är privat från och med nu. Hör gärna av er!"),
                due=True,
            ),
        ],
    ),
    W(
        "Norwegian: ikke kontakt meg vs no newsletter",
        [
            heard(
                "Sverre Lunde", wrote(QUIET, "Ikke kontakt meg igjen, takk.", "linkedin"), due=False
            ),
            heard(
                "Audun Tveit",
                wrote(
                    QUIET,
                    "Unsubscribe me from the monthly newsletter, but job leads are welcome.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Danish: fjern mig vs not Novo again",
        [
            heard(
                "Pernille Krogh",
                wrote(QUIET, "Fjern mig fra jeres database og kontakt mig ikke igen."),
                due=False,
            ),
            heard(
                "Tine Bruun",
                wrote(QUIET, "Not Novo Nordisk again please, any other client is fine."),
                due=True,
            ),
        ],
    ),
    W(
        "Finnish: älkää soittako enää vs feedback owed",
        [
            heard(
                "Sakari Honkanen",
                wrote(QUIET, "Älkää enää ottako yhteyttä minuun millään tavalla."),
                due=False,
            ),
            heard(
                "Jari Lehto",
                wrote(
                    QUIET,
                    (
                        "Still waiting for feedback from my final round - and yes, still open"
                        " to roles."
                    ),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Estonian stop vs email over WhatsApp",
        [
            heard(
                "Margus Ilves",
                wrote(
                    QUIET, "Palun eemaldage mind oma andmebaasist, ärge võtke ühendust.", "other"
                ),
                due=False,
            ),
            heard(
                "Ieva Strautiņa",
                wrote(QUIET, "email is better than whatsapp for job stuff, thx", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Latvian stop vs email over WhatsApp",
        [
            heard(
                "Dace Roze",
                wrote(QUIET, "Lūdzu, vairs nesūtiet man ziņas. Nekad.", "other"),
                due=False,
            ),
            heard(
                "Ilze Vītoliņa",
                wrote(QUIET, "email is better than whatsapp for job stuff, thx", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Lithuanian stop vs no contractor roles",
        [
            heard(
                "Vytautas Balčiūnas",
                wrote(QUIET, "Prašau manęs daugiau nekontaktuoti.", "linkedin"),
                due=False,
            ),
            heard(
                "Žygimantas Urbonas",
                wrote(
                    QUIET,
                    "No contractor roles please, only employment. Keep me in mind.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "recruiter's DNC note vs recruiter's 'no sales roles' note",
        [
            heard(
                "Gösta Palm",
                noted(QUIET, "cand asked to be removed completely, DNC set in Teamtailor"),
                due=False,
            ),
            heard(
                "Bertil Strand",
                noted(QUIET, "cand: no more sales-engineer roles, backend only. still keen."),
                due=True,
            ),
        ],
    ),
]

NOTICE_3M = (
    "Sagt upp mig idag, tre månaders uppsägningstid - inget före mars.",
    date(2026, 11, 16),
)
PARENTAL = ("Föräldraledig från december till och med april 2027.", date(2026, 10, 26))
OFFSHORE = (
    "Offshore contract on Troll A runs to 31 January, call me in February.",
    date(2026, 11, 2),
)
PERMIT = (
    "Waiting on Migri for my permit extension - decision by end of February 2027, nothing before.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "three months' notice given last week vs one month given in summer",
        [
            said("Ture Nordqvist", NOTICE_3M, due=False),
            said(
                "Sture Axelsson",
                ("Sa upp mig, en månads uppsägningstid, fri från augusti.", date(2026, 6, 29)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice: due in late March",
        [said("Folke Ring", NOTICE_3M, due=True)],
        week=date(2027, 3, 22),
    ),
    W(
        "parental leave to end of April 2027 vs leave over in September",
        [
            said("Elvira Sand", PARENTAL, due=False),
            said(
                "Greta Alm",
                ("Föräldraledig till september, sedan tillbaka.", date(2026, 2, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave to end of April 2027: not due in March",
        [said("Linnéa Hjort", PARENTAL, due=False)],
        week=date(2027, 3, 8),
    ),
    W(
        "parental leave to end of April 2027: due in May",
        [said("Majken Ros", PARENTAL, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "offshore to 31 January vs offshore contract that ended in August",
        [
            said("Runar Skog", OFFSHORE, due=False),
            said(
                "Halvard Vik",
                ("Offshore contract ended in August, onshore now.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "offshore to 31 January: due in February",
        [said("Leif Haga", OFFSHORE, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "permit decision by end of February vs permit granted",
        [
            said("Arvind Kumar", PERMIT, due=False),
            said(
                "Sanjay Patel",
                ("Permit extension granted in June, free to change jobs.", date(2026, 6, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "permit decision by end of February: due in March",
        [said("Vikram Singh", PERMIT, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "after the July holiday, said in November, vs after the holiday said in May",
        [
            said(
                "Lovis Berglund",
                ("Inget före semestern nästa sommar, vi har en stor release.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Hedda Lind", ("Hör av dig efter semestern i augusti.", date(2026, 5, 18)), due=True
            ),
        ],
    ),
    W(
        "Danish: tre måneders opsigelse from November vs from June",
        [
            said(
                "Anders Bundgaard",
                ("Har sagt op i dag, tre måneders opsigelse.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Jens Kirkegaard",
                ("Har sagt op i dag, tre måneders opsigelse.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "Finnish: bonus end of March vs bonus already paid",
        [
            said(
                "Ari Mattila",
                (
                    "Bonus maksetaan maaliskuun lopussa 2027, en vaihda ennen sitä.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
            said(
                "Pekka Savolainen",
                ("Bonus was paid in March, nothing holding me now.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "Estonian: probation till May vs probation passed",
        [
            said(
                "Kristjan Lepp",
                ("Katseaeg lõpeb 2027. aasta mais, enne seda ei vaheta.", date(2026, 11, 2)),
                due=False,
            ),
            said("Tõnis Raud", ("Katseaeg lõppes augustis.", date(2026, 9, 14)), due=True),
        ],
    ),
    W(
        "Lithuanian: busy till January vs was busy last January",
        [
            said(
                "Jonas Mockus",
                ("Iki sausio pabaigos esu užimtas, tada susisiekite.", date(2026, 11, 9)),
                due=False,
            ),
            said(
                "Darius Stankevičius",
                ("Iki sausio pabaigos esu užimtas, tada susisiekite.", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "'give me two months' said recently vs long ago",
        [
            said(
                "Ebbe Lindmark",
                ("Give me two months to land the migration.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Kalle Hult",
                ("Give me two months to land the migration.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "Norwegian: permisjon til 1. juni 2027 vs tilbake fra permisjon",
        [
            said(
                "Trine Vold", ("Foreldrepermisjon til 1. juni 2027.", date(2026, 11, 2)), due=False
            ),
            said(
                "Hege Vatne",
                ("Tilbake fra permisjon i august, klar for noe nytt.", date(2026, 8, 24)),
                due=True,
            ),
        ],
    ),
]

NO_WAIT = [
    W(
        "a note full of dates asking for no wait",
        [
            said(
                "Vilgot Sten",
                (
                    (
                        "At Spotify since 3 March 2022, promoted 1 April 2024, holiday 1-21 July."
                        " Happy to talk any time."
                    ),
                    date(2026, 10, 12),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "CV dates and a conference in March, no wait asked",
        [
            said(
                "Edvin Roos",
                (
                    (
                        "Speaking at Øredev in November and at a conference in March 2027; open "
                        "to chat now."
                    ),
                    date(2026, 10, 19),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Finnish note full of dates, no wait",
        [
            said(
                "Oskari Aho",
                (
                    "Nokia 2016-2020, Wolt 2020-2024, nyt Supercell. Voidaan jutella milloin vain.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "new job last month: 'give me a year' is a wait",
        [
            said(
                "Arvid Nord",
                (
                    (
                        "Just started at Northvolt's successor in October - give me a year to "
                        "settle in."
                    ),
                    date(2026, 10, 26),
                ),
                due=False,
            ),
        ],
    ),
]

RESTRAINT = [
    W(
        "a call last week vs a call in June",
        [
            heard("Kerstin Borg", touch(6, "outbound", "replied", channel="phone"), due=False),
            heard("Ingela Sten", touch(160, "outbound", "replied", channel="phone"), due=True),
        ],
    ),
    W(
        "a LinkedIn message ten days ago with no reply vs one in May",
        [
            heard("Yngve Berg", touch(10, "outbound", "no_reply", channel="linkedin"), due=False),
            heard("Roald Moe", touch(190, "outbound", "no_reply", channel="linkedin"), due=True),
        ],
    ),
]

LATEST = [
    W(
        "a stop taken back",
        [
            heard(
                "Agneta Ljung",
                wrote(300, "Stop contacting me."),
                wrote(150, "Forget my last email - I'm looking now, please do reach out."),
                due=True,
            ),
        ],
    ),
    W(
        "'keep me posted' hardened into a removal",
        [
            heard(
                "Birger Falk",
                wrote(300, "Keep me posted! Birger"),
                wrote(150, "Please delete me from your system and don't contact me again."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Solveig Nyman",
                wrote(date(2026, 5, 4), "Not before summer 2027."),
                wrote(date(2026, 6, 1), "Scrap that - reorg, I can talk now."),
                due=True,
            ),
        ],
    ),
    W(
        "'any time' turned into 'after Easter 2027'",
        [
            heard(
                "Margit Hall",
                wrote(date(2026, 5, 4), "Any time is fine."),
                wrote(
                    date(2026, 6, 8),
                    "Actually not till after Easter 2027, I've taken over the team.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a recruiter's DNC withdrawn by the candidate",
        [
            heard(
                "Åke Söder",
                noted(date(2026, 1, 12), "DNC at cand's request - noted."),
                wrote(
                    date(2026, 6, 1),
                    "I asked you to stop in January but I'm open now - please get in touch.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Swedish: först ja, sedan nej tack för alltid",
        [
            heard(
                "Lena Fors",
                wrote(300, "Ja gärna, hör av dig!"),
                wrote(150, "Nej tack, kontakta mig aldrig mer."),
                due=False,
            ),
        ],
    ),
]

HELDOUT58_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
