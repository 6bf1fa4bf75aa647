"""Held-out weekly reconnect cases, fifth set: recruiters' own words, written by a fifth stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at), measured and reported on its own line ("held-out 5").

Everyone here is otherwise due in the week of the case: a silver medalist whose process ended in
mid-July 2025 and who was last contacted long before the week (five months or more, and never
marked "not interested"). A wait said recently is typed as a dated motivation, so no recent
contact holds the person back instead. Settings: Poland, Nigeria, Germany, South Africa, New
Zealand, Brazil, the Gulf, Ireland, Japan, Québec and Mexico. What decides is what they told us:

1. opt-outs (a Polish ATS "DNC" line, a pleading Nigerian text, a formal German consent
   withdrawal, a hand-and-stop-sign emoji reply, a New Zealand call note in the third person, a
   withdrawal's reason note, a formal Gulf "kindly remove my details", an "unsubscribe me from
   everything"): never listed; the near-miss beside each (LinkedIn over email, "not the Abuja
   one", email not phone, "send the next one", "not looking right now but check in", a
   withdrawal over a commute, no calls in office hours, a newsletter-only unsubscribe) is due;
2. waits, counted from the day said and checked both ways (a twin in a later week): "after
   Three Kings" (6 January), "after Golden Week", Québécois parental leave to the end of March,
   "give it a couple of months", a move to Kraków in February - not listed while they run,
   listed once they have run out; "after Obon" said in June and "two months or so" said in July
   have run out by November;
3. long rambling notes (Irish, Mexican, South African) naming months, a wedding, booked leave
   and a promotion without asking for any wait: due; beside two of them a real wait ("after
   Paddy's Day", "después de Semana Santa") is not;
4. plain restraint: a JD sent twelve days ago or a reply three weeks ago is not listed; five
   months ago is.
"""

from datetime import date

from evaluation.scenarios import app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUL_2025_FINAL = app(
    date(2025, 7, 14),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Python Developer",
)
LONG_AGO = 150  # days before the week: well past any cadence


def answered(days, note, channel="email") -> dict:
    """What they wrote back, pasted into the ATS."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def call_note(days, note) -> dict:
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def withdrew(note) -> dict:
    return app(date(2025, 7, 14), "final", "withdrew", "other", note, role="Python Developer")


OPT_OUTS = [
    W(
        "polish DNC line is never listed; 'LinkedIn over email' is due",
        [
            NotDue(
                "Wiktoria Pawlak",
                apps=[JUL_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "DNC!! kand. prosiła tel. o usunięcie ze wszystkich kampanii — nie "
                        "kontaktować",
                    )
                ],
            ),
            Due(
                "Michał Grabowski",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "wolę LinkedIn niż maila — InMail please, I rarely check email",
                        channel="linkedin",
                    )
                ],
            ),
        ],
    ),
    W(
        "a pleading nigerian 'stop sending me job messages' is never listed; 'not Abuja' is due",
        [
            NotDue(
                "Ikechukwu Nnamdi",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Please I'm begging you, stop sending me job messages. Not interested, "
                        "not now, not ever.",
                        channel="other",
                    )
                ],
            ),
            Due(
                "Bolanle Ajayi",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "not interested in the Abuja one o, Lagos or remote roles only pls",
                        channel="other",
                    )
                ],
            ),
        ],
    ),
    W(
        "a german consent withdrawal is never listed; 'email, not phone' is due",
        [
            NotDue(
                "Henrik Bauer",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Hiermit widerrufe ich meine Einwilligung zur Speicherung und Nutzung "
                        "meiner Daten. Bitte kontaktieren Sie mich nicht mehr.",
                    )
                ],
            ),
            Due(
                "Sabine Fuchs",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO, "Bitte nur per E-Mail, nicht telefonisch — gerne weiter Angebote!"
                    )
                ],
            ),
        ],
    ),
    W(
        "a stop-sign emoji reply is never listed; 'send the next one' is due",
        [
            NotDue(
                "Lwazi Mahlangu",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "✋🛑 no more recruiter messages pls. I'm out.",
                        channel="linkedin",
                    )
                ],
            ),
            Due(
                "Zanele Sithole",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "🙌 send the next one! that last JD just wasn't me",
                        channel="linkedin",
                    )
                ],
            ),
        ],
    ),
    W(
        "a kiwi third-person 'delete her details' is never listed; 'not looking now' is due",
        [
            NotDue(
                "Kiri Tipene",
                apps=[JUL_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "Kiri rang back: she's had enough of recruiters and wants her details "
                        "deleted. Actioned on our side.",
                    )
                ],
            ),
            Due(
                "Wiremu Horomona",
                apps=[JUL_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "Wiremu says he's not looking right now but happy for us to check in "
                        "every few months.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a withdrawal 'never contact her again' is never listed; a commute withdrawal is due",
        [
            NotDue(
                "Inês Barbosa",
                apps=[withdrew("Withdrew and asked us never to contact her again about anything.")],
            ),
            Due(
                "Lucas Pereira",
                apps=[
                    withdrew(
                        "Withdrew — the hour-long commute to Barueri was too much; remote roles "
                        "welcome."
                    )
                ],
            ),
        ],
    ),
    W(
        "a formal gulf 'kindly remove my details' is never listed; 'no calls at work' is due",
        [
            NotDue(
                "Mariam Al-Falasi",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Kindly remove my details from your database and refrain from contacting "
                        "me in future. Regards, Mariam",
                    )
                ],
            ),
            Due(
                "Ahmed Al-Nuaimi",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Kindly don't call during office hours, I can't take calls at work. "
                        "Emails welcome anytime.",
                    )
                ],
            ),
        ],
    ),
    W(
        "'unsubscribe me from everything' is never listed; a newsletter-only unsubscribe is due",
        [
            NotDue(
                "Ciara Dunne",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Unsubscribe me from everything you send — newsletters AND personal "
                        "emails from your recruiters.",
                    )
                ],
            ),
            Due(
                "Fionn Lynch",
                apps=[JUL_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "unsubscribe me from the talent newsletter pls, but do keep me posted on "
                        "senior backend roles personally",
                    )
                ],
            ),
        ],
    ),
]

THREE_KINGS = (
    "po Trzech Królach (6 stycznia), wcześniej nic — grudzień to dla mnie rzeź",
    date(2026, 11, 4),
)
GOLDEN_WEEK = (
    "GW明けに連絡ください — after Golden Week please, spring is hectic",
    date(2026, 11, 9),
)
PARENTAL = (
    "en congé parental jusqu'à la fin mars — on s'en reparle à mon retour",
    date(2026, 10, 5),
)
COUPLE_OF_MONTHS = ("give it a couple of months, new manager just started", date(2026, 11, 2))
KRAKOW = (
    "we're moving to Kraków in February — talk once we've landed and unpacked",
    date(2026, 11, 16),
)

WAITS = [
    W(
        "after Three Kings is held back in november; after Obon said in june has run out",
        [
            NotDue("Krystyna Wasilewska", THREE_KINGS, apps=[JUL_2025_FINAL]),
            Due(
                "Haruto Ishikawa",
                ("after Obon, the whole family's in Fukuoka till mid-August", date(2026, 6, 15)),
                apps=[JUL_2025_FINAL],
            ),
        ],
    ),
    W(
        "after Three Kings is due once January is under way",
        [Due("Krzysztof Pawłowski", THREE_KINGS, apps=[JUL_2025_FINAL])],
        week=date(2027, 1, 18),
    ),
    W(
        "after Golden Week is held back in november",
        [NotDue("Sakura Fujita", GOLDEN_WEEK, apps=[JUL_2025_FINAL])],
    ),
    W(
        "after Golden Week is due in mid-May",
        [Due("Daiki Okada", GOLDEN_WEEK, apps=[JUL_2025_FINAL])],
        week=date(2027, 5, 17),
    ),
    W(
        "parental leave to the end of March is held back in november",
        [NotDue("Audrey Lapointe", PARENTAL, apps=[JUL_2025_FINAL])],
    ),
    W(
        "parental leave to the end of March is due in April",
        [Due("Vincent Poirier", PARENTAL, apps=[JUL_2025_FINAL])],
        week=date(2027, 4, 12),
    ),
    W(
        "a couple of months said three weeks ago is held back; two months said in july is not",
        [
            NotDue("Thandiwe Mthembu", COUPLE_OF_MONTHS, apps=[JUL_2025_FINAL]),
            Due(
                "Sizwe Radebe",
                ("come back to me in two months or so", date(2026, 7, 6)),
                apps=[JUL_2025_FINAL],
            ),
        ],
    ),
    W(
        "a couple of months said in november is due at the end of January",
        [Due("Kagiso Sebego", COUPLE_OF_MONTHS, apps=[JUL_2025_FINAL])],
        week=date(2027, 1, 25),
    ),
    W(
        "a move to Kraków in February is held back in november",
        [NotDue("Joanna Kaczmarek", KRAKOW, apps=[JUL_2025_FINAL])],
    ),
    W(
        "a move to Kraków in February is due in mid-March",
        [Due("Paweł Jabłoński", KRAKOW, apps=[JUL_2025_FINAL])],
        week=date(2027, 3, 15),
    ),
]

NO_WAIT = [
    W(
        "an irish rambling call note with months but no wait is due; 'after Paddy's Day' is not",
        [
            Due(
                "Ciarán Fitzpatrick",
                (
                    "Long chat w/ Ciarán. He was in Lisbon in May for a conference, walked the "
                    "Camino in September, got made senior in July and his team was reorged in "
                    "October. Enjoys the work but open to a chat about the right thing, would "
                    "consider anything remote.",
                    date(2026, 11, 12),
                ),
                apps=[JUL_2025_FINAL],
            ),
            NotDue(
                "Orla Mhic Aodha",
                ("not until after Paddy's Day, we've a big release in March", date(2026, 11, 12)),
                apps=[JUL_2025_FINAL],
            ),
        ],
    ),
    W(
        "a mexican rambling note with a wedding in december asks for no wait; Semana Santa does",
        [
            Due(
                "Rocío Navarro",
                (
                    "platicamos largo: en marzo cambió de equipo, en agosto la mandaron a "
                    "Monterrey dos semanas y en diciembre se casa su hermana en Mérida. Dice que "
                    "cualquier rol backend remoto le interesa, que le mandemos lo que haya.",
                    date(2026, 11, 6),
                ),
                apps=[JUL_2025_FINAL],
            ),
            NotDue(
                "Arturo Salinas",
                ("después de Semana Santa, antes no puedo cambiar nada", date(2026, 11, 6)),
                apps=[JUL_2025_FINAL],
            ),
        ],
    ),
    W(
        "a south african note about booked december leave and a june resignation is due",
        [
            Due(
                "Ruan Steyn",
                (
                    "Chatted about the Boks in October, his leave in December is already booked "
                    "(Ballito with the in-laws) and his team lead resigned in June. Open to "
                    "hearing about roles any time.",
                    date(2026, 11, 2),
                ),
                apps=[JUL_2025_FINAL],
            ),
        ],
    ),
]

RESTRAINT = [
    W(
        "a JD sent twelve days ago is not listed; one sent five months ago is",
        [
            NotDue(
                "Jessica Nwachukwu",
                apps=[JUL_2025_FINAL],
                touches=[
                    touch(12, "outbound", "no_reply", "re_engagement", note="sent her the JD")
                ],
            ),
            Due(
                "Precious Moyo",
                apps=[JUL_2025_FINAL],
                touches=[touch(150, "outbound", "no_reply", "re_engagement", note="sent the JD")],
            ),
        ],
    ),
    W(
        "a reply three weeks ago is not listed; a reply five months ago is",
        [
            NotDue(
                "Tamar Okoro",
                apps=[JUL_2025_FINAL],
                touches=[answered(21, "thanks, will have a look 👍")],
            ),
            Due(
                "Busisiwe Ntuli",
                apps=[JUL_2025_FINAL],
                touches=[answered(155, "thanks for thinking of me, will have a read 👍")],
            ),
        ],
    ),
]

HELDOUT5_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT]
