"""Held-out weekly reconnect cases, fifty-seventh set: public-sector, government, defence and
security-cleared hiring in the UK, the US, Canada, Australia and New Zealand, written by a
fifty-seventh stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only), measured and reported
on its own line ("held-out 57").

Everyone here is otherwise due in the week of the case: reached a final panel in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. The recruiters are a civil-service
resourcing team, a cleared-recruitment agency, a US federal contractor's talent desk, an APS
panel in Canberra, a Government of Canada staffing adviser in Ottawa-Gatineau, a Welsh Government
team and a Wellington agency; the voices are ATS shorthand, texts, LinkedIn replies, formal
emails and call notes, with lines in French, Welsh and te reo Maori. What decides:

1. opt-outs (an erasure request, "STOP", a LinkedIn "please stop", an agency DNC, French, Welsh,
   te reo with English): never listed; beside each a scoped stop that is due (no calls at work,
   not that agency's client, no newsletter, a new address, feedback owed, email not phone);
2. waits counted from the day said and checked both ways: notice periods, DV vetting, year-end,
   Easter, a secondment, parental leave, the Senedd election, a posting to 2027's end; not listed
   while they run, listed once they have, each beside a twin whose wait is over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: spoken to a week ago is not listed;
5. the latest word counts over several notes.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_PANEL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
AGES_AGO = 170


def quiet() -> dict:
    return touch(AGES_AGO, "outbound", "replied", channel="phone")


def said(days, note, channel="email") -> dict:
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    return touch(days, "outbound", None, "note", note=note, channel="other")


def says(name, *statements, due) -> Person:
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_PANEL], touches=[quiet()])


def wrote_us(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_PANEL], touches=list(touches))


# --- 1. opt-outs ---------------------------------------------------------------------------

OPT_OUTS = [
    W(
        "erasure request vs new email address",
        [
            wrote_us(
                "Thaddeus Mellor",
                said(AGES_AGO, "I want my data deleted from your systems and no further contact."),
                due=False,
            ),
            wrote_us(
                "Araba Mensah",
                said(
                    AGES_AGO,
                    "New personal email below, my GOV.UK one closes Friday. Keep me in mind!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "STOP by text vs stop calling at the SCIF, text is fine",
        [
            wrote_us("Dwight Kessler", said(AGES_AGO, "STOP - Dwight", "other"), due=False),
            wrote_us(
                "Marlena Voss",
                said(AGES_AGO, "cant take calls inside the SCIF - text me instead pls", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn please stop vs LinkedIn not the newsletter",
        [
            wrote_us(
                "Benedict Harrowgate",
                said(AGES_AGO, "Please stop contacting me about roles. Thanks.", "linkedin"),
                due=False,
            ),
            wrote_us(
                "Shireen Patel",
                said(
                    AGES_AGO,
                    "Could you take me off the newsletter? Direct messages about G7 roles welcome.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "agency DNC vs not that client",
        [
            wrote_us(
                "Roderick Fairclough",
                noted(AGES_AGO, "DNC - cand requested no further contact from the agency."),
                due=False,
            ),
            wrote_us(
                "Sunita Bhardwaj",
                noted(AGES_AGO, "Cand: nothing with Thales again, anyone else fine."),
                due=True,
            ),
        ],
    ),
    W(
        "French opt-out vs French 'courriel plutôt que téléphone'",
        [
            wrote_us(
                "Ghislain Côté",
                said(AGES_AGO, "Veuillez cesser toute communication avec moi. Merci."),
                due=False,
            ),
            wrote_us(
                "Josée Paquerelle",
                said(AGES_AGO, "Par courriel plutôt que par téléphone, s'il vous plaît."),
                due=True,
            ),
        ],
    ),
    W(
        "Welsh opt-out vs Welsh 'feedback still owed'",
        [
            wrote_us(
                "Gruffydd Bowen",
                said(AGES_AGO, "Dim mwy o negeseuon, diolch. Tynnwch fi oddi ar eich rhestr."),
                due=False,
            ),
            wrote_us(
                "Nia Wynne",
                said(
                    AGES_AGO,
                    "Dal i aros am adborth o'r cyfweliad - still waiting on feedback, keen "
                    "for the next round.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "te reo with English opt-out vs kia ora, phone after 5",
        [
            wrote_us(
                "Ataahua Rewi",
                said(AGES_AGO, "Kia ora, please remove me from your lists. Kāti. Ngā mihi."),
                due=False,
            ),
            wrote_us(
                "Nikau Ngāwaka",
                said(AGES_AGO, "Kia ora! Calls after 5pm only please, otherwise keen."),
                due=True,
            ),
        ],
    ),
    W(
        "formal withdrawal of consent vs asks for no contract roles",
        [
            wrote_us(
                "Winifred Copeland",
                said(AGES_AGO, "I formally withdraw my consent to be contacted by your firm."),
                due=False,
            ),
            wrote_us(
                "Barry Northcott",
                said(
                    AGES_AGO,
                    "No more contract roles please - permanent only. Otherwise keep in touch.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits -------------------------------------------------------------------------------

NOTICE = (
    "Resigned from the Home Office, three months' notice - nothing before March.",
    date(2026, 11, 16),
)
DV = (
    "DV clearance in progress, vetting says done by end of Jan - don't move till then.",
    date(2026, 10, 26),
)
EASTER = ("Year-end at the trust - not before Easter 2027.", date(2026, 11, 2))
POSTING = (
    "Posted to the embassy in Washington until December 2027 - call me after.",
    date(2026, 9, 7),
)
SENEDD = (
    "Ddim cyn etholiad y Senedd ym mis Mai - not before the Senedd election in May.",
    date(2026, 10, 19),
)
PARENTAL = ("On parental leave until the end of February.", date(2026, 10, 5))
SECONDMENT = ("Secondment to Treasury till 31 January, can't leave before.", date(2026, 9, 28))

WAITS = [
    W(
        "three months' notice said last week vs notice served in spring",
        [
            says("Maximilian Orde", NOTICE, due=False),
            says(
                "Colette Ingham",
                ("Three months' notice, out by end of June.", date(2026, 3, 30)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice: due in March",
        [says("Anselm Kittering", NOTICE, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "DV vetting to end of January vs DV granted",
        [
            says("Lucius Granger", DV, due=False),
            says(
                "Tamara Velling",
                ("DV came through in August, free to move.", date(2026, 8, 24)),
                due=True,
            ),
        ],
    ),
    W(
        "DV vetting: due in February",
        [says("Ursula Penhallow", DV, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "not before Easter 2027 vs last Easter passed",
        [
            says("Dorian Ashgrove", EASTER, due=False),
            says("Mabel Prentice", ("Not before Easter.", date(2026, 1, 12)), due=True),
        ],
    ),
    W(
        "not before Easter 2027: still not due in March",
        [says("Edwina Larkhill", EASTER, due=False)],
        week=date(2027, 3, 8),
    ),
    W(
        "not before Easter 2027: due in late April",
        [says("Phineas Oldroyd", EASTER, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "embassy posting until December 2027: not due",
        [says("Leander Mowbray", POSTING, due=False)],
    ),
    W(
        "Senedd election in May (Welsh) vs election over",
        [
            says("Heledd Parry", SENEDD, due=False),
            says(
                "Carys Eifion",
                ("Ar ôl yr etholiad - after the by-election in June.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "Senedd election in May: due in June",
        [says("Osian Griffiths", SENEDD, due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "parental leave to end of Feb vs back since summer",
        [
            says("Portia Langham", PARENTAL, due=False),
            says(
                "Jocelyn Reeve",
                ("Back from parental leave in July, happy to talk.", date(2026, 7, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "secondment to 31 January vs French 'après les Fêtes' already passed",
        [
            says("Ambrose Tilney", SECONDMENT, due=False),
            says(
                "Mireille Sauvé", ("Pas avant après les Fêtes, merci.", date(2025, 12, 8)), due=True
            ),
        ],
    ),
    W(
        "secondment to 31 January: due in February",
        [says("Leopoldine Marsh", SECONDMENT, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "te reo: 'ā te Māehe' (in March) vs already past",
        [
            says(
                "Pania Horomona",
                ("Kia ora, ā te Māehe - March please.", date(2026, 11, 9)),
                due=False,
            ),
            says(
                "Rāwiri Tamihana",
                ("Kia ora, ā te Māehe - March please.", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
]

# --- 3. dates that ask for no wait, and restraint --------------------------------------------

NO_WAIT = [
    W(
        "a call note full of dates asks for no wait",
        [
            wrote_us(
                "Gwyneth Ashby",
                noted(
                    AGES_AGO,
                    "Cand: SC renewed 03/03, G7 board 17/04, moved teams 01/06. Open to "
                    "anything now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a US email with fiscal-year dates but no wait",
        [
            wrote_us(
                "Delbert Hargrove",
                said(
                    AGES_AGO,
                    "FY26 closed Sept 30, CR through Jan 30 - none of that affects me, "
                    "reach out anytime.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Canberra: dates of EOFY and a reshuffle, still keen",
        [
            says(
                "Imogen Tharwa",
                (
                    "EOFY 30 June was hectic, MoG change 1 July - all settled, keen to hear.",
                    date(2026, 7, 20),
                ),
                due=True,
            )
        ],
    ),
    W(
        "spoken to a week ago vs months ago",
        [
            NotDue(
                "Cuthbert Lyle",
                apps=[MAY_2025_PANEL],
                touches=[touch(7, "outbound", "replied", channel="phone")],
            ),
            Due(
                "Marguerite Olney",
                apps=[MAY_2025_PANEL],
                touches=[touch(AGES_AGO, "outbound", "replied", channel="phone")],
            ),
        ],
    ),
]

# --- 4. the latest word --------------------------------------------------------------------

LATEST = [
    W(
        "opted out, then asked back in",
        [
            wrote_us(
                "Evander Holt",
                said(400, "Remove me please."),
                said(AGES_AGO, "Changed my mind - do keep me posted on cleared roles."),
                due=True,
            )
        ],
    ),
    W(
        "keen, then an erasure request",
        [
            wrote_us(
                "Rosalie Dunmore",
                said(400, "Always keen to hear about APS roles."),
                said(AGES_AGO, "Please delete my details and stop contacting me. Rosalie"),
                due=False,
            )
        ],
    ),
    W(
        "'whenever' then 'after June 2027'",
        [
            says(
                "Bartholomew Kilvarragh",
                ("Whenever, happy to chat.", date(2026, 4, 6)),
                ("Actually not till after June 2027, new posting.", date(2026, 6, 8)),
                due=False,
            )
        ],
    ),
    W(
        "'after March' then 'now is fine'",
        [
            says(
                "Georgiana Pike",
                ("Not before March 2027.", date(2026, 4, 6)),
                ("Plans changed - happy to talk now.", date(2026, 6, 8)),
                due=True,
            )
        ],
    ),
    W(
        "French: 'pas maintenant' then 'je suis prête'",
        [
            wrote_us(
                "Élodie Gauthier",
                said(400, "Pas maintenant, merci, pas avant l'an prochain."),
                said(AGES_AGO, "Finalement je suis prête, écrivez-moi quand vous voulez."),
                due=True,
            )
        ],
    ),
]

EXTRA = [
    W(
        "'unsubscribe me from everything' vs a new mobile number",
        [
            wrote_us(
                "Horace Pendleton",
                said(AGES_AGO, "unsubscribe me from everything", "other"),
                due=False,
            ),
            wrote_us(
                "Lavinia Crouch",
                said(AGES_AGO, "new mobile is 07700 900318, old one's gone", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "after the Christmas recess, said last week: not due now",
        [
            says(
                "Cosmo Fitzwarren",
                ("Bill team - nothing till after the Christmas recess.", date(2026, 11, 16)),
                due=False,
            )
        ],
    ),
    W(
        "after the Christmas recess: due in mid-January",
        [
            says(
                "Delphine Ashcroft",
                ("Bill team - nothing till after the Christmas recess.", date(2026, 11, 16)),
                due=True,
            )
        ],
        week=date(2027, 1, 18),
    ),
    W(
        "a LinkedIn message ten days ago holds her back",
        [
            NotDue(
                "Henrietta Vowles",
                apps=[MAY_2025_PANEL],
                touches=[touch(10, "outbound", "replied", channel="linkedin")],
            )
        ],
    ),
    W(
        "Welsh: 'ddim nawr' then 'barod nawr' (latest)",
        [
            wrote_us(
                "Emrys Llwyd",
                said(400, "Ddim nawr, diolch - not now."),
                said(AGES_AGO, "Dw i'n barod nawr - ready now, get in touch."),
                due=True,
            )
        ],
    ),
    W(
        "DNC by the agency later lifted by the candidate's LinkedIn note",
        [
            wrote_us(
                "Ottoline Brisbane",
                noted(400, "DNC at cand request."),
                said(
                    AGES_AGO,
                    "I asked you to stop last year - I'm open to EL1 roles now, please do write.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT57_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *LATEST, *EXTRA]
