"""Held-out weekly reconnect cases, twenty-first set: a creative recruitment agency's and games
and media studios' own words, written by a twenty-first stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at), measured and reported
on its own line ("held-out 21").

Everyone here is otherwise due in the week of the case: reached a final round in March 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voices are the agency's ATS shorthand, studio TA notes,
freelancers' DMs on Instagram, Slack and Discord, candidates' emails, and lines in Portuguese,
Swedish, Dutch and Japanese, from copywriters, art directors, producers, editors, motion
designers, game designers, community managers and journalists in London, New York, Los Angeles,
Austin, Stockholm, Amsterdam, São Paulo, Tokyo and Sydney. What decides is what they told us:

1. opt-outs (an Instagram "unfollow me", Portuguese, Swedish, Dutch and Japanese, a DNC on every
   desk, a Discord threat to report us, a one-word "Unsubscribe", leaving the industry, a CCPA
   deletion): never listed; beside each a near-miss that is due (email not Instagram, CLT only,
   no calls, a new address, email not phone, off the freelance mailer only, design roles not QA,
   "subscribe me", leaving agency life only, a CCPA access request);
2. waits counted from the day said and checked both ways: nenmatsu, carnival, the 13th salary,
   the Swedish semester, Cannes Lions, a launch and its crunch, Golden Week, a retainer pitch, a
   Dutch maternity leave and the Australian summer: not listed while they run, listed once they
   have; each beside a twin whose wait is already over (or, for Golden Week, a note that names
   the holiday without asking anyone to wait);
3. notes full of dates that ask for no wait are due; "don't call me for a year" after a new job
   is not;
4. plain restraint: a brief sent by DM six days ago and a call twelve days ago are not listed;
   the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   deletion is not; a nenmatsu wait called off early is due, and "whenever" turned into "after
   next carnival" is not; an unfollow taken back is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MARCH_2025_FINAL = app(
    date(2025, 3, 10),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Copywriter",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or DM, with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MARCH_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MARCH_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "Instagram: unfollow me and stop DMing vs email me, not Instagram",
        [
            heard(
                "Peony Harrowgate",
                wrote(
                    LONG_AGO,
                    "unfollow me and stop DMing me jobs. i'm not interested and never will be",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Sable Whitmarsh",
                wrote(
                    LONG_AGO,
                    "can we move this to email? insta's my personal account. still keen on AD "
                    "roles",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: delete me from the talent bank vs only CLT vacancies",
        [
            heard(
                "Jussara Tavares Lima",
                wrote(
                    LONG_AGO,
                    "Para de me mandar vaga, não tenho interesse. Me exclui do banco de "
                    "talentos de vocês.",
                ),
                due=False,
            ),
            heard(
                "Wesley Nogueira Prado",
                wrote(LONG_AGO, "Me manda só vaga CLT, PJ não rola mais pra mim."),
                due=True,
            ),
        ],
    ),
    W(
        "Swedish: don't contact me again vs don't ring, email instead",
        [
            heard(
                "Agnes Wahlgren",
                wrote(LONG_AGO, "Kontakta mig inte igen. Jag är inte intresserad."),
                due=False,
            ),
            heard(
                "Olle Fredriksson-Hök",
                wrote(LONG_AGO, "Ring inte, mejla hellre - då svarar jag snabbare."),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: remove my data vs here is my new email address",
        [
            heard(
                "Sanne Kroonenberg",
                wrote(LONG_AGO, "Verwijder al mijn gegevens uit jullie systeem, alstublieft."),
                due=False,
            ),
            heard(
                "Wessel Timmerije",
                wrote(
                    LONG_AGO,
                    "Mijn nieuwe e-mailadres staat hieronder, het oude verdwijnt. Vacatures "
                    "blijven welkom!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Japanese: refrain from all contact vs by email rather than phone",
        [
            heard(
                "Okabe Natsuki",
                wrote(LONG_AGO, "今後一切のご連絡を控えていただけますようお願いいたします。"),
                due=False,
            ),
            heard(
                "Ishiguro Daichi",
                wrote(LONG_AGO, "お電話ではなく、メールでご連絡いただけると助かります。"),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC on every desk vs off the freelance mailer, perm roles only",
        [
            heard(
                "Cosima Everard",
                noted(
                    LONG_AGO,
                    "Cand rang in: remove from all mailers and the talent pool. DNC on every "
                    "desk, perm and freelance.",
                ),
                due=False,
            ),
            heard(
                "Aldous Pinchbeck",
                noted(
                    LONG_AGO,
                    "Cand rang in: take him off the freelance mailer, perm roles only from now on.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Discord: @ me again and I report you vs not QA, design roles welcome",
        [
            heard(
                "Ryker Stansfield",
                wrote(
                    LONG_AGO,
                    "@ me one more time with a 'role' and i'm reporting you to the mods. not "
                    "interested. ever.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Emerson Tulloch",
                wrote(
                    LONG_AGO,
                    "not interested in QA contracts anymore but ping me for junior design roles!",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a one-word 'Unsubscribe' vs 'subscribe me to the jobs newsletter'",
        [
            heard("Larkin Ashgrove", wrote(LONG_AGO, "Unsubscribe"), due=False),
            heard(
                "Juno Pettifer",
                wrote(LONG_AGO, "Subscribe me to the jobs newsletter please!"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: left the industry, stop contacting me vs left agency life, in-house welcome",
        [
            heard(
                "Quentin Aspinall",
                wrote(
                    LONG_AGO,
                    "I've left the industry for good and would ask you to stop contacting me.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Verena Stallybrass",
                wrote(
                    LONG_AGO,
                    "I've left agency life for good - in-house marketing roles are very "
                    "welcome though.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a CCPA deletion request vs a CCPA access request",
        [
            heard(
                "Harper Lindqvist-Moreno",
                wrote(
                    LONG_AGO,
                    "Under the CCPA I request that you delete my personal information and do "
                    "not contact me again.",
                ),
                due=False,
            ),
            heard(
                "Sawyer Okonkwo-Reyes",
                wrote(
                    LONG_AGO,
                    "Under the CCPA, could you send me what personal information you hold? "
                    "Happy to keep hearing about editing roles.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

NENMATSU = ("年末年始は繁忙期のため、1月中旬以降にご連絡ください。", date(2026, 11, 2))
CARNAVAL = (
    "Me procura depois do carnaval, agora tô no fechamento das campanhas de verão.",
    date(2026, 11, 9),
)
DECIMO = ("Só saio depois que cair a segunda parcela do 13º, em dezembro.", date(2026, 10, 26))
SEMESTER = ("Hör av dig efter semestern i juli, inte innan.", date(2026, 5, 4))
CANNES = ("Not before Cannes - try me after the festival in June.", date(2026, 11, 16))
GOLD = ("We go gold in March, crunch till then - message me after launch.", date(2026, 10, 19))
GOLDEN_WEEK = ("GW明けまでは動けません。5月中旬以降にお願いします。", date(2026, 11, 9))
PITCH = (
    "Cand pitching to keep the Volvo-sized retainer - ask again in six weeks.",
    date(2026, 11, 16),
)

WAITS = [
    W(
        "nenmatsu, said this month vs the year-end rush over since January",
        [
            told("Kaneshiro Emi", NENMATSU, due=False),
            told(
                "Takeuchi Ryo",
                ("年末年始の繁忙期は終わりました。いつでもご連絡ください。", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "nenmatsu: due in late January",
        [told("Sugimoto Hana", NENMATSU, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "after carnival, said this month vs carnival over since March",
        [
            told("Rayssa Magalhães Dutra", CARNAVAL, due=False),
            told(
                "Ítalo Fonseca Barreto",
                ("O carnaval já passou e tô livre pra conversar sobre vaga.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "after carnival: due in March",
        [told("Natália Cerqueira Bastos", CARNAVAL, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "the 13th salary in December vs the 13th paid last December",
        [
            told("Kauã Rezende Falcão", DECIMO, due=False),
            told(
                "Lorena Sampaio Vidal",
                ("A segunda parcela do 13º caiu em dezembro, agora posso sair.", date(2026, 1, 12)),
                due=True,
            ),
        ],
    ),
    W(
        "the 13th salary in December: due in January",
        [told("Enzo Quaresma Pontes", DECIMO, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Swedish semester, said in May: not due in June vs said a year earlier",
        [
            told("Elin Häggström", SEMESTER, due=False),
            told(
                "Loke Bergendahl",
                ("Efter semestern i juli kan vi prata, inte förr.", date(2025, 6, 9)),
                due=True,
            ),
        ],
        week=date(2026, 6, 22),
    ),
    W(
        "Swedish semester: due in late August",
        [told("Maja-Stina Rosenqvist", SEMESTER, due=True)],
        week=date(2026, 8, 24),
    ),
    W(
        "not before Cannes: not due in May vs Cannes done for the year",
        [
            told("Rupert Ingoldsby", CANNES, due=False),
            told(
                "Clarissa Vantongeren",
                (
                    "Cannes is done for this year - two Golds - free to talk any time.",
                    date(2026, 7, 6),
                ),
                due=True,
            ),
        ],
        week=date(2027, 5, 17),
    ),
    W(
        "not before Cannes: due in July",
        [told("Algernon Fitzhugh", CANNES, due=True)],
        week=date(2027, 7, 5),
    ),
    W(
        "gold in March, crunch till then vs shipped in August",
        [
            told("Braxton Lowery", GOLD, due=False),
            told(
                "Tatum Villanueva",
                (
                    "We shipped in August, the post-launch patch is out - free to chat.",
                    date(2026, 10, 19),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "gold in March: due in April",
        [told("Nova Brightman", GOLD, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "after Golden Week: not due in April vs home for Golden Week, any other time fine",
        [
            told("Nakagawa Riko", GOLDEN_WEEK, due=False),
            told(
                "Hirano Takumi",
                ("GWは実家に帰りますが、それ以外はいつでも大丈夫です。", date(2026, 11, 9)),
                due=True,
            ),
        ],
        week=date(2027, 4, 19),
    ),
    W(
        "after Golden Week: due in late May",
        [told("Uchida Sakura", GOLDEN_WEEK, due=True)],
        week=date(2027, 5, 24),
    ),
    W(
        "a retainer pitch, six weeks, said last week vs said in August",
        [
            told("Wystan Carbery", PITCH, due=False),
            told(
                "Henrietta Oldcastle",
                ("Cand in a retainer pitch for the telco, come back in 6 wks.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "a retainer pitch, six weeks: due in January",
        [told("Evadne Sowerby", PITCH, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Dutch: maternity leave till 1 April, not due in March",
        [
            told(
                "Femke Zuidhoek",
                (
                    "Met zwangerschapsverlof tot 1 april, daarna hoor ik graag van je.",
                    date(2026, 10, 5),
                ),
                due=False,
            )
        ],
        week=date(2027, 3, 8),
    ),
    W(
        "nothing till after Australia Day: not due in mid-January",
        [
            told(
                "Jindalee Sutcliffe",
                (
                    "Nothing till after Australia Day - agency's shut and I'm down the coast.",
                    date(2026, 11, 9),
                ),
                due=False,
            )
        ],
        week=date(2027, 1, 18),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Cannes, a shoot wrapped, a week in Lisbon, otherwise around vs don't call for "
        "a year",
        [
            told(
                "Marisol Ackerley",
                (
                    "Back from Cannes 24/06, wrapped the beer shoot 12/09, in Lisbon 10-17/11 - "
                    "otherwise around, call whenever.",
                    date(2026, 11, 2),
                ),
                due=True,
            ),
            told(
                "Barnaby Treloar-Wynn",
                (
                    "Just joined as ACD on 02/11 - don't call me for a year, I mean it.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "Japanese: Tokyo Game Show in September is over, any time",
        [
            told(
                "Yoshida Kanon",
                (
                    "9月の東京ゲームショウが終わって落ち着きました。いつでもご連絡ください。",
                    date(2026, 10, 12),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Portuguese: back from holiday on 3/11, the World Cup job ended in July, available",
        [
            told(
                "Caetano Ribas Monteiro",
                (
                    "Voltei das férias dia 3/11, o job da Copa acabou em julho. Tô disponível.",
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
        "a brief sent by DM six days ago vs the same months ago",
        [
            NotDue(
                "Lysandra Petherick",
                apps=[MARCH_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(6, outcome="no_reply", channel="other", note="DM'd her the AD brief."),
                ],
            ),
            Due(
                "Wilhelmina Tresize",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="DM'd her the senior AD brief on Insta.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one in May",
        [
            NotDue(
                "Osric Vellacott",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up: reel updated, nothing right for him yet.",
                    )
                ],
            ),
            Due(
                "Thomasina Bellwood",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up: new reel up, nothing right for her yet.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into a deletion",
        [
            heard(
                "Soren Abernethy-Kaye",
                wrote(date(2026, 3, 2), "pls stop with the job msgs", "other"),
                wrote(
                    date(2026, 6, 1),
                    "Sorry I was rude in March - we were mid-launch. I'm open to hearing about "
                    "roles again.",
                ),
                due=True,
            ),
            heard(
                "Imelda Carruthers",
                wrote(date(2026, 3, 2), "Not for me right now, but keep me posted!"),
                wrote(date(2026, 6, 1), "Please delete everything you have on me. Thank you."),
                due=False,
            ),
        ],
    ),
    W(
        "Japanese: after New Year, called off early",
        [
            heard(
                "Morita Shiori",
                wrote(date(2026, 5, 4), "年明けまでは動けません。"),
                wrote(
                    date(2026, 6, 1),
                    "プロジェクトが早く終わったので、年明けを待たずにいつでも大丈夫です。",
                ),
                due=True,
            )
        ],
    ),
    W(
        "Portuguese: 'whenever' turned into 'after next carnival'",
        [
            heard(
                "Jéssica Amorim Coutinho",
                wrote(date(2026, 4, 6), "Quando quiser, tô sempre aberta a conversar."),
                wrote(
                    date(2026, 6, 1),
                    "Mudou tudo por aqui: só depois do carnaval do ano que vem.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "an unfollow taken back",
        [
            heard(
                "Calloway Dunstable",
                wrote(date(2026, 2, 9), "unfollowing, pls stop with the jobs", "other"),
                wrote(
                    date(2026, 6, 1),
                    "followed you back lol. portfolio's updated, send me stuff",
                    "other",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT21_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
