"""Held-out weekly reconnect cases, sixty-fifth set: North American tech recruiting in its own
words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 65").

Everyone here is otherwise due in the week of the case: reached a final loop in June 2025 and
lost to one other person, and was last spoken to 160 days before the week, unless the case is
about a recent contact. The voices are in-house and agency tech recruiters in the Bay Area,
Seattle, New York, Austin, Boston, Toronto and Vancouver: ATS shorthand, call notes, LinkedIn
replies, emails and texts, with lines in Spanish, Hindi typed in Latin letters and Chinese.

1. opt-outs (LinkedIn, a CCPA deletion, STOP, an agency's DNC, Spanish, Hindi, Chinese): never
   listed; beside each a scoped stop that is due (InMail only, the newsletter only, one client, a
   new number, feedback owed);
2. waits counted from the day said (an RSU cliff, three months' notice, severance terms, an
   I-140, New Year, Chinese New Year, a wedding, a launch at the end of Q1 2027, a sabbatical to
   next autumn), checked both ways: not listed while they run, listed once they have, each beside
   a twin whose wait is already over;
3. notes full of dates that ask for no wait are due;
4. plain restraint: a call a week ago is not due;
5. the latest word counts: a stop taken back, a wait called off, a "whenever" turned into
   "after Q1".
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

FINAL_JUNE_2025 = app(
    date(2025, 6, 9),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
LONG_AGO = 160


def last_spoke() -> dict:
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    person = Due if due else NotDue
    return person(name, *statements, apps=[FINAL_JUNE_2025], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    person = Due if due else NotDue
    return person(name, apps=[FINAL_JUNE_2025], touches=list(touches))


OPT_OUTS = [
    W(
        "LinkedIn: never contact me vs InMail only, email fine",
        [
            heard(
                "Ferris Ablewhite",
                wrote(
                    LONG_AGO, "Never contact me again. Remove me from your searches.", "linkedin"
                ),
                due=False,
            ),
            heard(
                "Mavis Oyenuga",
                wrote(LONG_AGO, "Don't use InMail, I ignore it - email me instead.", "linkedin"),
                due=True,
            ),
        ],
    ),
    W(
        "CCPA deletion vs newsletter unsubscribe only",
        [
            heard(
                "Quinlan Beaumont",
                noted(LONG_AGO, "CCPA delete request rec'd. DNC + purge."),
                due=False,
            ),
            heard(
                "Tamsin Adeleke",
                noted(LONG_AGO, "Unsubscribed from newsletter only; still wants role alerts 1:1."),
                due=True,
            ),
        ],
    ),
    W(
        "STOP vs new number",
        [
            heard("Dexter Imafidon", wrote(LONG_AGO, "STOP thanks", "other"), due=False),
            heard(
                "Rhiannon Varga",
                wrote(LONG_AGO, "new number 206-555-0143, use that one from now on", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "agency DNC vs not that client again",
        [
            heard(
                "Wendell Ocran",
                noted(LONG_AGO, "Cand: take me off your agency's list permanently. DNC set."),
                due=False,
            ),
            heard(
                "Clarissa Mbeki",
                noted(LONG_AGO, "Cand: never Oracle again. Every other client OK."),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: don't write again vs write by email, not phone",
        [
            heard(
                "Anselmo Carrasco",
                wrote(LONG_AGO, "No me escriban más, por favor. Quiero que borren mi información."),
                due=False,
            ),
            heard(
                "Paloma Zazueta-Lira",
                wrote(LONG_AGO, "Prefiero que me escriban por correo, no por teléfono."),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: don't contact me vs no calls at office time",
        [
            heard(
                "Harsh Vardhan Sood",
                wrote(
                    LONG_AGO,
                    "Mujhe aage se contact mat karna, please. Delete kar do details.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Smita Agarwal",
                wrote(
                    LONG_AGO,
                    "Office time mein call mat karna, WhatsApp pe message kar do.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Chinese: don't contact me vs not now, keep me on the list",
        [
            heard(
                "Jingwen Pan", wrote(LONG_AGO, "以后不要再联系我了，请删除我的资料。"), due=False
            ),
            heard(
                "Haoyu Zheng",
                wrote(LONG_AGO, "现在不太合适，但请把我留在名单上，有好机会告诉我。"),
                due=True,
            ),
        ],
    ),
    W(
        "a 'no thanks, don't write again' vs feedback owed first",
        [
            heard(
                "Ottoline Mercer",
                wrote(LONG_AGO, "No thanks, and please don't write again."),
                due=False,
            ),
            heard(
                "Barrington Nkosi",
                wrote(
                    LONG_AGO,
                    "Before new roles, could I get feedback on my final loop? "
                    "Then yes, keep them coming.",
                ),
                due=True,
            ),
        ],
    ),
]

RSU = ("RSU cliff hits Feb 15 - not moving before.", date(2026, 11, 2))
NOTICE = ("Gave notice at Shopify, 3 months - free from late Feb.", date(2026, 11, 16))
Q1_2027 = ("Launching our platform end of Q1 2027 - nothing till April.", date(2026, 10, 5))
SABBATICAL = ("On sabbatical travelling until September 2027, reach out after.", date(2026, 9, 1))

WAITS = [
    W(
        "RSU cliff in Feb vs a cliff that hit in Feb",
        [
            said("Casimir Thorne", RSU, due=False),
            said(
                "Liesel Okafor",
                ("RSU cliff hits Feb 15 - not moving before.", date(2026, 1, 5)),
                due=True,
            ),
        ],
    ),
    W("RSU cliff: due in March", [said("Edmund Asare", RSU, due=True)], week=date(2027, 3, 1)),
    W(
        "three months' notice vs eight weeks given in July",
        [
            said("Ignatius Volkov", NOTICE, due=False),
            said(
                "Adaeze Nwachukwuka",
                ("Gave notice, 8 weeks - free from September.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice: due in March",
        [said("Phineas Galbraith", NOTICE, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "end of Q1 2027 launch vs end of Q2 2026 launch",
        [
            said("Rosamond Iheanacho", Q1_2027, due=False),
            said(
                "Jareth Lindqvist",
                ("Launching end of Q2 - nothing till July.", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "end of Q1 2027 launch: due in April",
        [said("Octavian Reyes", Q1_2027, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "sabbatical to September 2027: still not due in May",
        [said("Wilhelmina Tankersley", SABBATICAL, due=False)],
        week=date(2027, 5, 3),
    ),
    W(
        "sabbatical to September 2027 vs sabbatical that ended in September",
        [
            said("Ptolemy Ashdown", SABBATICAL, due=False),
            said(
                "Lorelei Kamau",
                ("On sabbatical until September, reach out after.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "after New Year's vs after Labor Day",
        [
            heard(
                "Ambrose Thrushcombe",
                wrote(15, "swamped, ping me after new year's", "other"),
                due=False,
            ),
            heard(
                "Henrietta Oyelowo",
                wrote(date(2026, 7, 13), "ping me after labor day", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "after New Year's: due in January",
        [
            heard(
                "Fenella Obi",
                wrote(date(2026, 11, 9), "swamped, ping me after new year's", "other"),
                due=True,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "Chinese: after Chinese New Year vs said last January",
        [
            said("Zhiyuan Feng", ("春节以后再联系我。", date(2026, 11, 2)), due=False),
            said("Yutong Lin", ("春节以后再联系我。", date(2026, 1, 5)), due=True),
        ],
    ),
    W(
        "Spanish: not before March vs said last January",
        [
            said(
                "Eusebio Montaño",
                ("Antes de marzo no, me pagan el bono.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Maricruz Zepeda",
                ("Antes de marzo no, me pagan el bono.", date(2026, 1, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: wedding in January vs wedding done",
        [
            said(
                "Vikrant Chauhan",
                ("January mein shaadi hai, February se free hoon.", date(2026, 10, 26)),
                due=False,
            ),
            said("Ritika Bansal", ("Shaadi ho gayi, ab free hoon.", date(2026, 9, 14)), due=True),
        ],
    ),
    W(
        "severance bars a start till Jan 4 vs severance allows starting now",
        [
            said(
                "Augustine Pryce",
                ("Severance says no new job before Jan 4.", date(2026, 10, 19)),
                due=False,
            ),
            said(
                "Isobel Nakamura",
                ("Severance through Dec 31 but I can start anywhere now.", date(2026, 10, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "waiting for the I-140 vs I-140 approved in April",
        [
            said(
                "Rajiv Menon",
                ("Not moving till my I-140 is approved, ~4 months.", date(2026, 10, 19)),
                due=False,
            ),
            said("Lakshmi Venkat", ("I-140 approved, free to move.", date(2026, 4, 20)), due=True),
        ],
    ),
]

NO_WAIT = [
    W(
        "a note full of dates that asks for no wait",
        [
            said(
                "Cordelia Fenwick",
                (
                    "Joined 3/2/2022, promo 9/2024, vests quarterly (next 12/15), "
                    "on-call every 6th wk - open to talk anytime.",
                    date(2026, 11, 2),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "laid off Oct 2, interviewing now",
        [
            heard(
                "Thaddeus Ocampo",
                wrote(
                    30, "Laid off Oct 2, severance to Dec 31, interviewing now - send me anything."
                ),
                due=True,
            ),
        ],
    ),
]

RESTRAINT = [
    W(
        "a call last week vs a call months ago",
        [
            NotDue(
                "Benedetta Kwan",
                apps=[FINAL_JUNE_2025],
                touches=[touch(7, "outbound", "replied", channel="phone")],
            ),
            Due(
                "Olamide Fitch",
                apps=[FINAL_JUNE_2025],
                touches=[touch(200, "outbound", "replied", channel="phone")],
            ),
        ],
    ),
]

LATEST = [
    W(
        "a DNC later taken back",
        [
            heard(
                "Marguerite Tallis",
                noted(date(2026, 2, 2), "DNC per cand."),
                wrote(
                    date(2026, 6, 1), "I'm looking again - ignore my old request, please reach out."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "keep me posted, then delete my data",
        [
            heard(
                "Crispin Adewumi",
                wrote(date(2026, 3, 2), "Not now, keep me posted!"),
                wrote(date(2026, 6, 15), "Please delete my data and don't contact me."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early",
        [
            heard(
                "Sabina Oyekan",
                wrote(date(2026, 6, 1), "Not before next March."),
                wrote(date(2026, 6, 22), "Scratch that - the reorg happened, talk anytime."),
                due=True,
            ),
        ],
    ),
    W(
        "'whenever' turned into 'after Q1 2027'",
        [
            heard(
                "Lucian Abara",
                wrote(date(2026, 6, 1), "whenever, always open"),
                wrote(
                    date(2026, 6, 22), "actually - just took a big project, not before April 2027."
                ),
                due=False,
            ),
        ],
    ),
]

MORE = [
    W(
        "'remove me from your talent pool' by email vs manager roles only stopped",
        [
            heard(
                "Evadne Brightman",
                wrote(
                    LONG_AGO,
                    "Kindly remove me from your talent pool. I will not be considering "
                    "any opportunities with your company.",
                ),
                due=False,
            ),
            heard(
                "Casper Oduro",
                wrote(LONG_AGO, "Please stop sending EM roles; senior IC ones are welcome."),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: delete me vs not this client",
        [
            heard(
                "Remedios Santisteban",
                wrote(LONG_AGO, "Eliminen mis datos y no me contacten otra vez.", "other"),
                due=False,
            ),
            heard(
                "Leandro Quintanilla",
                wrote(LONG_AGO, "Con Amazon no, pero otras empresas sí, con gusto.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "give me six weeks said ten days ago vs a hundred days ago",
        [
            heard(
                "Barnabas Pocklebury", wrote(10, "mid-move, give me 6 weeks", "other"), due=False
            ),
            heard("Oriana Castellano", wrote(100, "mid-move, give me 6 weeks", "other"), due=True),
        ],
    ),
    W(
        "paternity leave through January vs paternity leave over in May",
        [
            said(
                "Thorvald Nakashima",
                ("On paternity leave through the end of January.", date(2026, 11, 2)),
                due=False,
            ),
            said(
                "Dashiell Amankwah",
                ("On paternity leave through the end of May.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "not interested, then open again",
        [
            heard(
                "Imelda Strachan",
                wrote(date(2026, 3, 2), "not interested right now, thanks"),
                wrote(
                    date(2026, 6, 8),
                    "Things changed at work - I'm open now, send me what you have.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: keep me posted, then never contact me",
        [
            heard(
                "Prateek Oberoi",
                wrote(date(2026, 3, 2), "abhi nahi, but roles bhejte rehna", "other"),
                wrote(
                    date(2026, 6, 8),
                    "please ab kabhi contact mat karna, mera data delete kar do",
                    "other",
                ),
                due=False,
            ),
        ],
    ),
]

HELDOUT65_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST, *MORE]
