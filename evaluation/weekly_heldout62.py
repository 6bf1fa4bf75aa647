"""Held-out weekly reconnect cases, sixty-second set: hospitality, retail and customer-facing
operations, written by a stranger to the reader (its code, its labelled sets and the earlier
case files' sentences were not looked at; held-out 10 was opened for its format only),
measured and reported on its own line ("held-out 62").

Everyone here is otherwise due in the week of the case: reached a client's final stage in May
2025 and lost to one other person, and was last spoken to long before the week (170 days, past
a silver medalist's cadence). What decides is what they told us, in the voices of a hospitality
agency, a hotel group's HR in Dubai, a cruise line's crewing desk, a Balearic resort operator and
a UK retail chain's head office: ATS shorthand, texts and WhatsApps, LinkedIn replies, emails,
and lines in Spanish, Arabic and Tagalog, from front office managers, restaurant GMs, bar and
store managers, casino shift managers and crew at sea.

1. opt-outs (a WhatsApp STOP, a formal erasure request, group HR's DNC, Spanish, Arabic and
   Tagalog): never listed; beside each a scoped stop that is due (no calls during service, off
   the newsletter, a new number, not that hotel group, feedback owed);
2. waits counted from the day said (after Christmas trading, after the winter season, after
   Eid, a notice period, "give me three months", a cruise contract, a quarter end, in Spanish,
   Arabic and Tagalog): not listed while they run, listed once they have;
3. notes full of dates that ask for no wait are due;
4. the latest word counts: a stop taken back, a keep-me-posted hardened into a stop, a wait
   called off early, a "whenever" turned into a wait.
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
    role="Front Office Manager",
)
AGES_AGO = 170  # days before the week: past a silver medalist's cadence


def spoke_long_ago() -> dict:
    return touch(AGES_AGO, "outbound", "replied", channel="phone")


def msg(days, note, channel="email") -> dict:
    """Their own message (``channel="other"`` for a text or WhatsApp)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def hr(days, note) -> dict:
    """A recruiter's or group HR's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    make = Due if due else NotDue
    return make(name, *statements, apps=[MAY_2025_FINAL], touches=[spoke_long_ago()])


def wrote(name, *touches, due) -> Person:
    make = Due if due else NotDue
    return make(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a scoped stop that is due ---------------------------------------

OPT_OUTS = [
    W(
        "WhatsApp STOP vs not during service",
        [
            wrote("Cosmo Haverford", msg(AGES_AGO, "STOP. no more msgs", "other"), due=False),
            wrote(
                "Peggy Underhill",
                msg(AGES_AGO, "not during service pls, after 11 is fine", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "formal erasure request vs off the newsletter only",
        [
            wrote(
                "Algernon Tidmarsh",
                msg(
                    AGES_AGO,
                    "I request the erasure of all my personal "
                    "data and no further contact of any kind.",
                ),
                due=False,
            ),
            wrote(
                "Marigold Estcourt",
                msg(
                    AGES_AGO,
                    "Please drop me from the careers newsletter, but do call about GM roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "group HR's DNC vs a new number on file",
        [
            wrote(
                "Barrington Oakley",
                hr(AGES_AGO, "DNC - cand requested no further contact from the group."),
                due=False,
            ),
            wrote(
                "Sunniva Halvorstad",
                hr(AGES_AGO, "New mobile on file, cand still keen on FOM roles."),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: no me escribáis más vs solo no por teléfono",
        [
            wrote(
                "Ginés Carmona", msg(AGES_AGO, "No me escribáis más, gracias.", "other"), due=False
            ),
            wrote(
                "Rocío Valdivia",
                msg(
                    AGES_AGO,
                    "Por teléfono no, por WhatsApp sí, que en el hotel no puedo hablar.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: stop contacting me vs not that hotel group",
        [
            wrote(
                "Majid Al-Rumaithi",
                msg(AGES_AGO, "توقفوا عن التواصل معي نهائياً.", "other"),
                due=False,
            ),
            wrote(
                "Hessa Al-Marri",
                msg(AGES_AGO, "لا أريد العمل مع نفس المجموعة الفندقية، لكن أرسلوا غيرها.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Tagalog: ayoko na vs wag lang tumawag habang nasa barko",
        [
            wrote(
                "Rogelio Dimagiba",
                msg(AGES_AGO, "Wag na po kayo mag-message ulit. Salamat.", "other"),
                due=False,
            ),
            wrote(
                "Evangeline Lacson",
                msg(
                    AGES_AGO,
                    "Wag lang po tumawag habang nasa barko ako, email na lang po.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: never contact me vs feedback still owed",
        [
            wrote(
                "Fitzgerald Crane",
                msg(AGES_AGO, "Do not contact me again, on here or anywhere.", "linkedin"),
                due=False,
            ),
            wrote(
                "Ophelia Runciman",
                msg(
                    AGES_AGO,
                    "Still waiting on feedback from the Savoy final - and yes, keep me in mind.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'no thanks' to the draft vs 'no thanks to this one'",
        [
            wrote("Lazarus Penrose", msg(AGES_AGO, "no thanks - Lazarus"), due=False),
            wrote(
                "Juniper Achterberg",
                msg(AGES_AGO, "No thanks to this one, it's a bar role - GM roles yes please."),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said ------------------------------------------------------

WAITS = [
    W(
        "not till after Christmas trading, said this month",
        [
            said(
                "Hector Mainwaring",
                ("Nothing till after Christmas trading.", date(2026, 11, 2)),
                due=False,
            ),
        ],
    ),
    W(
        "not till after Christmas trading, said last year",
        [
            said(
                "Winnie Calloway",
                ("Nothing till after Christmas trading.", date(2025, 11, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "tied to the winter season till end of April",
        [
            said(
                "Echedey Morales",
                ("Contrato hasta que acabe la temporada de invierno en abril.", date(2026, 10, 26)),
                due=False,
            ),
        ],
    ),
    W(
        "summer season over at the end of October",
        [
            said(
                "Maite Urrutibeaskoa",
                ("Llámame cuando termine la temporada, a finales de octubre.", date(2026, 7, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: after Eid al-Fitr",
        [
            said(
                "Abdulla Al-Ketbi",
                ("بعد عيد الفطر نتكلم إن شاء الله.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "after Eid al-Adha, long past",
        [
            said(
                "Reem Tahboub",
                ("After Eid al-Adha please, family visiting.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice handed in this month",
        [
            said(
                "Montague Birkin",
                ("Handed in notice, 3 months as GM.", date(2026, 11, 6)),
                due=False,
            ),
        ],
    ),
    W(
        "one month's notice handed in in July",
        [
            said("Blossom Ingleby", ("Handed in notice, one month.", date(2026, 7, 13)), due=True),
        ],
    ),
    W(
        "give me three months, said last month",
        [
            wrote(
                "Kit Farquharson",
                msg(date(2026, 10, 19), "new job, give me three months then hit me up", "other"),
                due=False,
            ),
        ],
    ),
    W(
        "give me three months, said in May",
        [
            wrote(
                "Darcey Lumb",
                msg(date(2026, 5, 18), "new job, give me three months then hit me up", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Tagalog: on board till March",
        [
            said(
                "Renato Buenaventura",
                ("Nasa barko pa po ako hanggang March, after na lang po.", date(2026, 10, 12)),
                due=False,
            ),
        ],
    ),
    W(
        "Tagalog: contract finished in August",
        [
            said(
                "Marites Concepcion",
                ("Tapos na po kontrata ko noong August, available na po.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "after our Q1 close at the end of March",
        [
            wrote(
                "Clarissa Dunstable",
                msg(
                    date(2026, 11, 2), "Let's pick this up after our Q1 close at the end of March."
                ),
                due=False,
            ),
        ],
    ),
    W(
        "after our Q3 close at the end of September",
        [
            wrote(
                "Percy Ollerenshaw",
                msg(
                    date(2026, 7, 27),
                    "Let's pick this up after our Q3 close at the end of September.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave until next September, past the turn of the year",
        [
            said(
                "Seraphina Goodall",
                (
                    "On maternity leave until September 2027, not looking till I'm back.",
                    date(2026, 9, 21),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "back from maternity leave since August",
        [
            said(
                "Tabitha Renshaw",
                ("Back from maternity leave since August, ready to move.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
    W(
        "frozen till after Cyber Monday, the week after",
        [
            said(
                "Leopold Ashcrombie",
                ("Company freeze on leavers until after Cyber Monday.", date(2026, 10, 26)),
                due=True,
            ),
        ],
        week=date(2026, 12, 7),
    ),
    W(
        "frozen till after Cyber Monday, the week before",
        [
            said(
                "Ursula Penhallard",
                ("Company freeze on leavers until after Cyber Monday.", date(2026, 10, 26)),
                due=False,
            ),
        ],
    ),
    W(
        "not till after Valentine's, the week after",
        [
            said(
                "Eglantine Pumphrey",
                (
                    "Rest. GM, Covent Garden brasserie. Valentine's = their biggest night, "
                    "won't entertain a move till after Valentine's. Ring her then.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
        ],
        week=date(2027, 2, 15),
    ),
    W(
        "not till after Valentine's, the week before",
        [
            said(
                "Ninian Gillingwater",
                (
                    "Rest. GM, Covent Garden brasserie. Valentine's = their biggest night, "
                    "won't entertain a move till after Valentine's. Ring him then.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
        ],
        week=date(2027, 2, 1),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "a career history full of dates",
        [
            said(
                "Aloysius Brandreth",
                (
                    "Joined the Dorchester 2016, FOM since March 2021, did "
                    "Christmas 2025 on nights. Free to talk any time.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "holidays named, no wait asked",
        [
            wrote(
                "Jemima Fothergill",
                msg(
                    date(2026, 10, 12),
                    "Off to Lanzarote 1-8 Nov, back at work the 9th - happy to chat whenever.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a Ramadan mention that asks for nothing",
        [
            said(
                "Yasmin El-Aminy",
                (
                    "Worked the last three Ramadans on iftar service; available now.",
                    date(2026, 9, 14),
                ),
                due=True,
            ),
        ],
    ),
]

# --- 4. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back",
        [
            wrote(
                "Bartholomew Inchbald",
                msg(date(2025, 12, 1), "stop messaging me - Bartholomew", "other"),
                msg(
                    date(2026, 6, 1), "sorry about before, I'm looking now, send me stuff", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "keep me posted hardened into a stop",
        [
            wrote(
                "Lavinia Strickland",
                msg(date(2026, 3, 2), "keep me posted! Lavinia"),
                msg(date(2026, 6, 8), "Please remove me from your records and stop contacting me."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early",
        [
            wrote(
                "Crispin Trevanion",
                msg(date(2026, 9, 7), "not till after Christmas, sorry"),
                msg(date(2026, 10, 19), "scrap that - hotel's been sold, I'm free now"),
                due=True,
            ),
        ],
    ),
    W(
        "whenever turned into after the season",
        [
            wrote(
                "Eulalia Ferrando",
                msg(date(2026, 5, 4), "Cuando quieras, siempre disponible.", "other"),
                msg(
                    date(2026, 10, 26),
                    "Mejor después de la temporada de invierno, en mayo.",
                    "other",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "group HR's DNC withdrawn by the candidate",
        [
            wrote(
                "Ambrose Pilkington",
                hr(date(2026, 1, 12), "Cand asked for DNC."),
                msg(
                    date(2026, 6, 15),
                    "I asked for no contact in January but please do get in touch now.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: interested, then stop",
        [
            wrote(
                "Ghada Al-Zaabi",
                msg(date(2026, 3, 2), "مهتمة، أرسلوا الوظائف.", "other"),
                msg(date(2026, 6, 1), "من فضلكم لا تتواصلوا معي بعد الآن.", "other"),
                due=False,
            ),
        ],
    ),
    W(
        "Tagalog: wait, then available",
        [
            wrote(
                "Danilo Macapagal",
                msg(date(2026, 8, 3), "Hintay po muna hanggang Pasko.", "other"),
                msg(date(2026, 10, 5), "Uwi na po ako ngayon, available na po agad.", "other"),
                due=True,
            ),
        ],
    ),
]

HELDOUT62_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *LATEST]
