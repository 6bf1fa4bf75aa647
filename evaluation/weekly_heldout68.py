"""Held-out weekly reconnect cases, sixty-eighth set: Australian and New Zealand recruiters' own
words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 68").

Everyone here is otherwise due in the week of the case: reached a final round in June 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The recruiters are a Sydney IT agency, a Canberra government and
defence desk, a Perth mining recruiter (FIFO rosters, shutdowns) and an Auckland IT recruiter;
the voices are ATS shorthand, call notes, emails, texts and WhatsApps in Aussie and Kiwi slang,
LinkedIn replies, a Privacy Act letter, and lines in Mandarin (pinyin) and Te Reo Maori. What
decides is what they told us:

1. opt-outs (delete my details, "STOP", a DNC in the ATS, pinyin and Te Reo, a LinkedIn "stop
   contacting me", "yeah nah, take me off", a letter withdrawing consent, a bare "no thanks", a
   retiree asking to be removed, WhatsApp): never listed; beside each a near-miss that is due (a
   new email address, no calls at work, no more mining roles, a new inbox in pinyin, email
   rather than phone in Te Reo, not on LinkedIn, the newsletter only, an access request, "not
   that one", retired from FIFO only, not on WhatsApp);
2. waits counted from the day said and checked both ways: "not before February", Waitangi Day
   against Anzac Day, three months' notice, Chinese New Year in pinyin, the summer school
   holidays, parental leave to April, the end of January in Te Reo against Matariki, a bonus at
   EOFY, a shutdown to mid-December, "six weeks", a Defence contract to 30 June 2027: not listed
   while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give me twelve months to settle in"
   after a new job is not;
4. plain restraint: a role texted eight days ago is not listed; the same months ago is;
5. the latest word counts: a stop taken back is due and "keep me posted" hardened into a
   deletion is not; a wait called off early is due and "whenever" turned into "after Easter" is
   not; an ATS DNC lifted at the candidate's request is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 23),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or text, ``channel="other"``; LinkedIn, ``channel="linkedin"``)."""
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


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "delete my details vs a new email address for your records",
        [
            heard(
                "Llewellyn Bartram",
                wrote(LONG_AGO, "Please delete my details - I don't want to hear from you again."),
                due=False,
            ),
            heard(
                "Rosemary Tunstall",
                wrote(
                    LONG_AGO,
                    "New email for your records please, the work one dies on Friday. Still "
                    "happy to hear about roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'STOP' by text vs don't ring me at work, texts are fine",
        [
            heard("Kieran Blamey", wrote(LONG_AGO, "STOP, cheers", "other"), due=False),
            heard(
                "Dean Mulholland",
                wrote(LONG_AGO, "dont ring me at work mate, texts r fine", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC in the ATS vs no more mining roles, IT only",
        [
            heard(
                "Trent Oakley",
                logged(LONG_AGO, "DNC per cand - asked for no further contact whatsoever."),
                due=False,
            ),
            heard(
                "Bevan Sandilands",
                logged(LONG_AGO, "cand asked no more mining roles pls - IT/office only now."),
                due=True,
            ),
        ],
    ),
    W(
        "pinyin: don't contact me again vs pinyin: I changed my email",
        [
            heard(
                "Hu Zhenyu",
                wrote(
                    LONG_AGO, "Qing bie zai lianxi wo le, wo dui nimen de gongzuo meiyou xingqu."
                ),
                due=False,
            ),
            heard(
                "Luo Xiaoqing",
                wrote(LONG_AGO, "Wo huan le youxiang, qing yong xin de youxiang lianxi wo."),
                due=True,
            ),
        ],
    ),
    W(
        "Te Reo: never contact me again vs Te Reo: contact me by email",
        [
            heard(
                "Pita Tawhiri",
                wrote(LONG_AGO, "Kaua rawa e whakapa mai ano. Kua mutu."),
                due=False,
            ),
            heard(
                "Ataahua Morehu",
                wrote(LONG_AGO, "Kia ora, whakapa mai ma te imera, kaua ma te waea. Nga mihi."),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: stop contacting me permanently vs don't message me here, email",
        [
            heard(
                "Gareth Pryce-Jones",
                wrote(
                    LONG_AGO,
                    "Please stop contacting me, permanently. Not interested.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Shona McTaggart",
                wrote(
                    LONG_AGO,
                    "Don't message me on here, I never log in - email me instead.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'yeah nah, take me off ur list' vs take me off the newsletter, roles are fine",
        [
            heard(
                "Mitchell Dorrington",
                wrote(LONG_AGO, "yeah nah take me off ur list for good", "other"),
                due=False,
            ),
            heard(
                "Courtney Aspinall",
                wrote(
                    LONG_AGO,
                    "Can you take me off the newsletter? Happy to hear about roles directly.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a letter withdrawing consent vs a letter asking for access",
        [
            heard(
                "Algernon Whitby",
                wrote(
                    LONG_AGO,
                    "I withdraw my consent to your holding my personal information and require "
                    "that you cease contacting me. Yours faithfully, A. Whitby",
                ),
                due=False,
            ),
            heard(
                "Beatrice Halloran-Kemp",
                wrote(
                    LONG_AGO,
                    "Under APP 12 I request a copy of the personal information you hold about "
                    "me. Otherwise, I'm happy to remain on your books.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a bare 'no thanks' vs 'no thanks to that one, keep me posted'",
        [
            heard(
                "Jared Kilmister",
                touch(LONG_AGO + 1, "outbound", "no_reply", "re_engagement", channel="email"),
                wrote(LONG_AGO, "no thanks - Jared"),
                due=False,
            ),
            heard(
                "Tegan Holcombe",
                touch(LONG_AGO + 1, "outbound", "no_reply", "re_engagement", channel="email"),
                wrote(LONG_AGO, "No thanks to that one, too far. Keep me posted on others!"),
                due=True,
            ),
        ],
    ),
    W(
        "retired and asked to be removed vs retired from FIFO, office roles now",
        [
            heard(
                "Keith Wanliss",
                logged(LONG_AGO, "Cand has retired. Asked to be removed from our database."),
                due=False,
            ),
            heard(
                "Rodney Trewartha",
                logged(
                    LONG_AGO,
                    "Cand has retired from FIFO - wants Perth office roles only from now on.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "WhatsApp: unsubscribe me from everything vs not on WhatsApp, it's for family",
        [
            heard(
                "Nadine Colquhoun",
                wrote(LONG_AGO, "unsubscribe me from everything pls incl this whatsapp", "other"),
                due=False,
            ),
            heard(
                "Fiona Brackenridge",
                wrote(LONG_AGO, "pls dont use whatsapp, its for family - email is fine", "other"),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

NOT_BEFORE_FEB = ("Not looking before February - head down on a go-live.", date(2026, 11, 9))
WAITANGI = (
    "Summer with the whanau up north - call after Waitangi Day.",
    date(2026, 11, 16),
)
NOTICE_3M = (
    "Resigned from Telstra today, 3 months' notice - nothing before early Feb.",
    date(2026, 11, 2),
)
CNY = ("Chunjie hou zai lianxi wo, xianzai tai mang le.", date(2026, 11, 2))
SUMMER_HOLS = (
    "Can't look till the kids are back at school after the summer holidays.",
    date(2026, 11, 9),
)
PARENTAL = ("On parental leave until April 2027 - not before.", date(2026, 10, 1))
EOFY = ("Retention bonus lands 30 June - not moving before EOFY.", date(2026, 10, 19))
SHUTDOWN = (
    "on a shutdown at karratha till mid dec, ring after",
    date(2026, 11, 9),
)
DEFENCE_CONTRACT = (
    "Contract at Defence runs to 30/6/27 - won't break it, available July.",
    date(2026, 9, 14),
)

WAITS = [
    W(
        "not before February, said this month vs said last January",
        [
            told("Clifford Ennis", NOT_BEFORE_FEB, due=False),
            told(
                "Marnie Lockyer",
                ("Not looking before February - head down on a go-live.", date(2026, 1, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "not before February: due in mid-February",
        [told("Yvette Carmody", NOT_BEFORE_FEB, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "after Waitangi Day, said in November vs after Anzac Day, said in March",
        [
            told("Tipene Rauhihi", WAITANGI, due=False),
            told(
                "Hinemoa Tapsell",
                ("Mid cutover - call after Anzac Day.", date(2026, 3, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "after Waitangi Day: due in mid-February",
        [told("Whetu Kereama", WAITANGI, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "three months' notice from November vs three months' notice from May",
        [
            told("Gerald Pocklington", NOTICE_3M, due=False),
            told(
                "Lorraine Fitzherbert",
                (
                    "Resigned from Telstra today, 3 months' notice - nothing before early Aug.",
                    date(2026, 5, 4),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice from November: due in late February",
        [told("Warren Stubbings", NOTICE_3M, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "pinyin: after Chinese New Year, said in November vs said last January",
        [
            told("Ma Junhao", CNY, due=False),
            told(
                "Kong Lingyi",
                ("Chunjie hou zai lianxi wo, xianzai tai mang le.", date(2026, 1, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "pinyin: after Chinese New Year: due in March",
        [told("Su Wanting", CNY, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "the summer school holidays vs the July school holidays, long past",
        [
            told("Bernadette Coolahan", SUMMER_HOLS, due=False),
            told(
                "Noeline Garvey",
                (
                    "Can't look till the kids are back at school after the July holidays.",
                    date(2026, 6, 22),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave until April 2027: not due in March",
        [told("Jessamine Rudge", PARENTAL, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "parental leave until April 2027: due in May",
        [told("Perdita Hollingworth", PARENTAL, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "Te Reo: away till the end of January vs Te Reo: busy till Matariki, said in May",
        [
            told(
                "Tui Ranginui",
                (
                    "Kei te hararei ahau tae noa ki te mutunga o Hanuere. Whakapa mai i muri.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
            told(
                "Marama Te Kani",
                (
                    "Kei te pukumahi ahau tae noa ki a Matariki. Whakapa mai i muri.",
                    date(2026, 5, 4),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a bonus at EOFY, said in October vs said in April",
        [
            told("Clarence Moorhouse", EOFY, due=False),
            told(
                "Vivienne Stapleton",
                ("Retention bonus lands 30 June - not moving before EOFY.", date(2026, 4, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "a bonus at EOFY: due in July",
        [told("Ellery Fanshawe", EOFY, due=True)],
        week=date(2027, 7, 12),
    ),
    W(
        "a shutdown till mid-December: not due in November",
        [told("Brett Kalgoorlie-Hayes", SHUTDOWN, due=False)],
    ),
    W(
        "a shutdown till mid-December: due in January",
        [told("Lyle Narrogin", SHUTDOWN, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "'try me in six weeks' a fortnight ago vs back in August",
        [
            told("Ingram Southey", ("Try me again in six weeks, mid-release.", 14), due=False),
            told("Petula Arkell", ("Try me again in six weeks, mid-release.", 95), due=True),
        ],
    ),
    W(
        "a Defence contract to 30 June 2027: not due in March",
        [told("Oswin Tredinnick", DEFENCE_CONTRACT, due=False)],
        week=date(2027, 3, 1),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "a note full of dates vs 'give me twelve months to settle in' after a new job",
        [
            told(
                "Wilfred Anstey",
                (
                    "Joined NAB 3/3/25, AWS cert 8/26, back from Fiji 2/11, leave booked "
                    "22/12-5/1. Open to a chat any time.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Raymond Cuthbertson",
                (
                    "Started at Suncorp on 2 Nov - give me twelve months to settle in.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "dates of a past shutdown and a past course, no wait",
        [
            told(
                "Ivan Kostadinov",
                (
                    "did the Tom Price shutdown in Aug, cert IV done Sept, free now - ring "
                    "whenever",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
    W(
        "an interview date and a holiday date, open now",
        [
            told(
                "Siobhan Lacey",
                (
                    "Had a final with Canva on 14/10 (didn't get it), in Bali 1-8 Nov, back "
                    "and keen now.",
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
        "a role texted eight days ago vs the same text months ago",
        [
            heard(
                "Gordon Blakiston",
                touch(8, "outbound", "replied", "re_engagement", channel="other"),
                due=False,
            ),
            heard(
                "Lionel Parfitt",
                touch(LONG_AGO, "outbound", "replied", "re_engagement", channel="other"),
                due=True,
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one long ago",
        [
            heard(
                "Elaine Moffatt",
                touch(12, "outbound", "replied", "check_in", channel="phone"),
                due=False,
            ),
            heard(
                "Dorothy Penrose",
                touch(LONG_AGO, "outbound", "replied", "check_in", channel="phone"),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs 'keep me posted' hardened into a deletion",
        [
            heard(
                "Craig Ballard",
                wrote(date(2026, 2, 9), "stop texting me - Craig", "other"),
                wrote(
                    date(2026, 6, 1),
                    "Sorry about the grumpy text earlier - I'm open to hearing about roles again.",
                ),
                due=True,
            ),
            heard(
                "Heather Duckworth",
                wrote(date(2026, 2, 9), "Not for me right now, do keep me posted."),
                wrote(
                    date(2026, 6, 1), "Please delete my details and stop contacting me. - Heather"
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'not before March' called off early",
        [
            heard(
                "Russell Kinross",
                wrote(date(2026, 10, 5), "Not before March - contract runs to then."),
                wrote(
                    date(2026, 10, 19),
                    "Contract got cut short, I'm free now - happy to chat whenever.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after Easter'",
        [
            heard(
                "Glenys Merriweather",
                wrote(date(2026, 6, 1), "Whenever suits, always up for a chat."),
                wrote(
                    date(2026, 8, 3),
                    "Just took on a huge program - not till after Easter next year please.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "an ATS DNC lifted at the candidate's request",
        [
            heard(
                "Vernon Athelstan",
                logged(date(2026, 1, 19), "DNC set - cand rang in fuming about calls."),
                logged(
                    date(2026, 6, 8),
                    "Cand emailed to say he's calmed down and wants to hear about roles - DNC "
                    "lifted at his request.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Te Reo: whakapa mai, then never again",
        [
            heard(
                "Kahu Pomare",
                wrote(date(2026, 2, 2), "Kia ora, whakapa mai mena he mahi pai."),
                wrote(date(2026, 6, 15), "Kaua e whakapa mai ano, kua mutu ahau."),
                due=False,
            ),
            heard(
                "Rehua Tawhai",
                wrote(date(2026, 2, 2), "Kaua e waea mai i tenei wa."),
                wrote(date(2026, 6, 15), "Kia ora, kua pai inaianei - whakapa mai."),
                due=True,
            ),
        ],
    ),
]

HELDOUT68_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
