"""Held-out weekly reconnect cases, thirty-ninth set: UK and European tech scale-ups in their talent
partners' and agency recruiters' own words, written by a thirty-ninth stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at), measured and
reported on its own line ("held-out 39").

Everyone here is otherwise due in the week of the case: reached our final round in March 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voice is in-house talent partners and tech agency
recruiters at SaaS and fintech scale-ups: Greenhouse and Teamtailor notes, LinkedIn and email
replies, lower-case WhatsApp messages, some in Dutch, Portuguese, French, German and Scots. What
decides is what they told us:

1. opt-outs (unsubscribe from everything, "Not interested. Please stop.", Dutch, a GDPR deletion
   pending in Greenhouse, "who gave u this number", Portuguese, a blocked domain, retiring from
   tech, French): never listed; beside each a near-miss that is due (the newsletter only, not the
   Leeds role, email rather than WhatsApp, a copy of feedback, a new number, after six, done with
   agencies but not with us, off one shortlist, email rather than phone);
2. waits counted from the day said and checked both ways: shared parental leave to the end of
   February, the August lull, a contract to 31 January, busy season till Hogmanay, a CKA exam, a
   Series B data room, a move to Hamburg, a sabbatical in Japan, an options cliff on 1 April: not
   listed while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "give it at least a year" after a new job is
   not;
4. plain restraint: an InMail eight days ago, a coffee three weeks ago and a spec sent last
   Tuesday hold a person back; the same months ago do not;
5. the latest word counts: a stop taken back is due and a "keep me in the loop" hardened into
   "delete me" is not; a wait called off is due; "any time" turned into "after my sabbatical" is
   not; a do-not-contact flag the candidate later lifted is due.
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
    rating=4.5,
    role="Senior Backend Engineer",
)
QUIET = 170  # days before the week: past a silver medalist's cadence


def caught_up() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(QUIET, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own reply: email, or LinkedIn / WhatsApp with ``channel``."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def pooled(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MARCH_2025_FINAL], touches=[caught_up()])


def replied(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MARCH_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "unsubscribe me from everything vs from the newsletter only",
        [
            replied(
                "Quentin Hollowell",
                wrote(
                    QUIET,
                    "Please unsubscribe me from all Brightwell talent emails - every list, not "
                    "just this one.",
                ),
                due=False,
            ),
            replied(
                "Esmeralda Pardoe",
                wrote(
                    QUIET,
                    "Please unsubscribe me from the monthly talent newsletter - emails about "
                    "actual roles are still welcome though!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'Not interested. Please stop.' vs not the Leeds role, London still welcome",
        [
            replied(
                "Alaric Thornbury",
                wrote(QUIET, "Not interested. Please stop.", "linkedin"),
                due=False,
            ),
            replied(
                "Rosheen Doyle-Akande",
                wrote(
                    QUIET,
                    "Not interested in the Leeds one, but London or remote roles are still very "
                    "welcome.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Dutch: take me out of your files vs Dutch: email rather than WhatsApp",
        [
            replied(
                "Gerrit Veldkamp",
                wrote(
                    QUIET,
                    "Haal me alsjeblieft uit jullie bestand, ik wil niet meer benaderd worden.",
                    "other",
                ),
                due=False,
            ),
            replied(
                "Marieke Spijkerman",
                wrote(
                    QUIET,
                    "Stuur me liever een mail dan een WhatsApp, maar ik sta zeker open voor "
                    "nieuwe rollen.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a GDPR deletion pending in Greenhouse vs a copy of feedback sent",
        [
            replied(
                "Percival Oduro",
                noted(
                    QUIET,
                    "GH: cand requested deletion under GDPR 12/06 - anonymisation pending, no "
                    "outreach.",
                ),
                due=False,
            ),
            replied(
                "Wendeline Asare",
                noted(
                    QUIET,
                    "GH: cand requested a copy of her interview feedback 12/06 - sent same day, "
                    "she was grateful.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'who gave u this number' vs a new number, still keen",
        [
            replied(
                "Jarrod Fenwick-Hale",
                wrote(QUIET, "who gave u this number?? dont message me again", "other"),
                due=False,
            ),
            replied(
                "Kemi Adewunmi-Clarke",
                wrote(
                    QUIET,
                    "new number, this is Kemi! old one died. still keen on backend stuff x",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: don't contact me any more vs only after six",
        [
            replied(
                "Henrique Vasconcelos",
                wrote(QUIET, "Não me contactem mais, por favor. Obrigado.", "other"),
                due=False,
            ),
            replied(
                "Mariana Teixeira-Lobo",
                wrote(
                    QUIET,
                    "Contactem-me só depois das 18h, por favor - durante o dia estou em reuniões.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "blocked our domain, wants nothing from us vs done with agencies, not with us",
        [
            replied(
                "Cuthbert Rainsford",
                touch(
                    QUIET,
                    "outbound",
                    "replied",
                    note="Spoke to him. He told me flat out he's blocked our domain and wants "
                    "nothing from us again.",
                    channel="phone",
                ),
                due=False,
            ),
            replied(
                "Desmond Achterlonie",
                touch(
                    QUIET,
                    "outbound",
                    "replied",
                    note="Spoke to him. He told me flat out he's done with agencies - "
                    "in-house teams like ours are fine.",
                    channel="phone",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "leaving tech for good, take me off vs off the Frankfurt shortlist only",
        [
            replied(
                "Margery Coldstream",
                wrote(
                    QUIET,
                    "Yes, please take me off - I'm leaving tech for good next year and won't be "
                    "moving again.",
                ),
                due=False,
            ),
            replied(
                "Lorenzo Abbatangelo",
                wrote(
                    QUIET,
                    "Please take me off the Frankfurt shortlist - can't relocate - but keep me in "
                    "the pool for remote.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: stop contacting me vs French: email rather than phone",
        [
            replied(
                "Gaspard Lemaître",
                wrote(QUIET, "Merci de ne plus me contacter. Bonne continuation.", "linkedin"),
                due=False,
            ),
            replied(
                "Solène Marchand-Diallo",
                wrote(
                    QUIET,
                    "Merci de me contacter plutôt par e-mail, je ne décroche jamais au bureau. "
                    "Toujours partante !",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

SPL = (
    "On shared parental leave 2 Nov to end of Feb - no calls till March please.",
    date(2026, 11, 2),
)
AUGUST = (
    "Nothing moves here in August - let's talk once September's under way.",
    date(2026, 6, 8),
)
CONTRACT_JAN = (
    "Contract at Sainsbury's Tech runs to 31 Jan, not breaking it - talk in Feb.",
    date(2026, 10, 26),
)
HOGMANAY = (
    "Busy season till Hogmanay - gie's a shout in the new year.",
    date(2026, 10, 26),
)
CKA = (
    "Sitting the CKA on 10 Dec, head down till it's done - after Christmas is fine.",
    date(2026, 11, 16),
)
DATA_ROOM = (
    "Running the data room for our Series B - ask me again in April.",
    date(2026, 11, 9),
)
HAMBURG = (
    "Bitte erst ab März wieder melden - wir ziehen im Februar nach Hamburg um.",
    date(2026, 10, 19),
)
JAPAN = (
    "Sabbatical in Japan, back at the end of January - no job chat till then.",
    date(2026, 10, 5),
)
CLIFF = (
    "Options cliff 1 April - not leaving a year's vesting on the table, talk in April.",
    date(2026, 10, 12),
)

WAITS = [
    W(
        "shared parental leave to the end of Feb vs one that ended in August",
        [
            pooled("Augustus Penhallow", SPL, due=False),
            pooled(
                "Ciarán Whelehan",
                (
                    "Shared parental leave until the end of August - call in September.",
                    date(2026, 5, 11),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "shared parental leave to the end of Feb: due in March",
        [pooled("Bartholomew Ekwueme", SPL, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "the August lull: not due in August vs an Easter lull long past",
        [
            pooled("Sigourney Latham", AUGUST, due=False),
            pooled(
                "Henrietta Mbeki-Stone",
                ("Nothing moves over the Easter holidays - talk after.", date(2026, 3, 16)),
                due=True,
            ),
        ],
        week=date(2026, 8, 10),
    ),
    W(
        "the August lull: due in late September",
        [pooled("Ottavio Bellincioni", AUGUST, due=True)],
        week=date(2026, 9, 21),
    ),
    W(
        "a contract to 31 Jan vs a contract that ended in August",
        [
            pooled("Fitzgerald Oppong-Carver", CONTRACT_JAN, due=False),
            pooled(
                "Prudence Oyinlola",
                (
                    "Contract at Tesco Tech ended 31 Aug, not extending - free now.",
                    date(2026, 9, 7),
                ),
                due=True,
            ),
        ],
        week=date(2026, 12, 7),
    ),
    W(
        "a contract to 31 Jan: due in February",
        [pooled("Lysandra Okeke-Barrow", CONTRACT_JAN, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "busy season till Hogmanay vs busy till Easter, long done",
        [
            pooled("Alistair Auchterlonie", HOGMANAY, due=False),
            pooled(
                "Kenneth Balfour-Rae",
                ("Busy season till Easter weekend - shout after that.", date(2026, 2, 16)),
                due=True,
            ),
        ],
        week=date(2026, 12, 7),
    ),
    W(
        "busy season till Hogmanay: due in January",
        [pooled("Murdo Sutherland-Kerr", HOGMANAY, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "a CKA exam on 10 December vs an AWS exam in October, done",
        [
            pooled("Rasmus Edvardsen", CKA, due=False),
            pooled(
                "Ingrid Solheim-Watts",
                ("Sitting the AWS SA Pro on 2 Oct, head down till then.", date(2026, 9, 7)),
                due=True,
            ),
        ],
        week=date(2026, 11, 30),
    ),
    W(
        "a CKA exam on 10 December: due in January",
        [pooled("Torvald Haugland", CKA, due=True)],
        week=date(2027, 1, 4),
    ),
    W(
        "a Series B data room till April vs an audit till October, done",
        [
            pooled("Octavian Rusu", DATA_ROOM, due=False),
            pooled(
                "Cosmina Dragomir",
                ("Running our audit prep - ask me again in October.", date(2026, 7, 6)),
                due=True,
            ),
        ],
        week=date(2027, 2, 15),
    ),
    W(
        "a Series B data room till April: due in late April",
        [pooled("Florin Apostolescu", DATA_ROOM, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "German: not before March, moving to Hamburg vs not before September, moved",
        [
            pooled("Wolfram Eichendorff", HAMBURG, due=False),
            pooled(
                "Gesine Rautenberg",
                ("Bitte erst ab September wieder melden - Umzug im August.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "German: not before March: due in mid-March",
        [pooled("Ulrike Brandstätter", HAMBURG, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "a sabbatical in Japan to the end of January vs one in Patagonia, back in July",
        [
            pooled("Hiroshi Takemura-Blake", JAPAN, due=False),
            pooled(
                "Perpetua Ansah",
                (
                    "Sabbatical in Patagonia, back at the end of July - no job chat till then.",
                    date(2026, 4, 6),
                ),
                due=True,
            ),
        ],
        week=date(2026, 12, 7),
    ),
    W(
        "a sabbatical in Japan: due in February",
        [pooled("Yusuke Ellingworth", JAPAN, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "an options cliff on 1 April vs a cliff on 1 October, passed",
        [
            pooled("Cedric Olawale-Hunt", CLIFF, due=False),
            pooled(
                "Dervla Kinsella",
                ("Options cliff 1 October - talk after that.", date(2026, 6, 15)),
                due=True,
            ),
        ],
        week=date(2027, 3, 1),
    ),
    W(
        "an options cliff on 1 April: due in April",
        [pooled("Evander Molloy", CLIFF, due=True)],
        week=date(2027, 4, 12),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "back from Bali, promoted in March, bonus in June: any time vs give it a year",
        [
            pooled(
                "Isadora Fenwick",
                (
                    "Back from Bali 3 Nov, promoted in March, bonus paid in June, climbing on "
                    "Tuesdays - send me anything decent, any time.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            pooled(
                "Leontyne Ashmore",
                (
                    "Just started at Monzo on 2 Nov - give it at least a year before you try me.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a final round elsewhere on 1 Dec, nothing signed: keep them coming",
        [
            pooled(
                "Bertrand Oyelaran",
                (
                    "Final round elsewhere on 1 Dec, but nothing signed - keep the roles coming.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "half term 26-30 Oct ate his week, still keen any time",
        [
            pooled(
                "Horatio Ebbsworth",
                (
                    "Kids' half term 26-30 Oct ate his week; still keen on Python roles, any time.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "annual leave 14-18 Dec, happy to chat before or after",
        [
            pooled(
                "Philippa Gathorne",
                (
                    "Annual leave 14-18 Dec, back on the 21st - nothing to wait for, happy to "
                    "chat before or after.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "an InMail eight days ago vs one five months ago",
        [
            NotDue(
                "Wystan Pelham",
                apps=[MARCH_2025_FINAL],
                touches=[
                    caught_up(),
                    touch(
                        8, outcome="no_reply", channel="linkedin", note="InMail re platform role."
                    ),
                ],
            ),
            Due(
                "Eudora Kitchin",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        150,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re payments role, no answer.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a coffee three weeks ago vs one seven months ago",
        [
            NotDue(
                "Archibald Nettleford",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        21,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at Ozone, Old St. Nothing right for him yet, all good.",
                    )
                ],
            ),
            Due(
                "Temperance Blenkinsop",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at Ozone, Old St. Nothing right for her at the moment, "
                        "all well.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a spec on WhatsApp last Tuesday vs the same months ago",
        [
            NotDue(
                "Jethro Cawthorne",
                apps=[MARCH_2025_FINAL],
                touches=[
                    caught_up(),
                    touch(
                        6,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the Rust role spec on WA.",
                    ),
                ],
            ),
            Due(
                "Marigold Stancliffe",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        140,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the Kotlin role spec on WA, blue ticks but no reply.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me in the loop' hardened into 'delete me'",
        [
            replied(
                "Valentine Ashurst-Obi",
                wrote(date(2026, 1, 12), "Stop emailing me, please - not interested.", "email"),
                wrote(
                    date(2026, 6, 1),
                    "I was a bit short in January - sorry. I am looking now, so please do get in "
                    "touch.",
                ),
                due=True,
            ),
            replied(
                "Griselda Harcourt",
                wrote(date(2026, 1, 12), "Not for now, keep me in the loop."),
                wrote(date(2026, 6, 1), "On reflection, please delete everything you hold on me."),
                due=False,
            ),
        ],
    ),
    W(
        "'not till after Easter' called off: the project was canned",
        [
            replied(
                "Lucian Ferreira-Bell",
                wrote(date(2026, 6, 1), "Not till after Easter next year - big migration on."),
                wrote(
                    date(2026, 8, 10),
                    "Scrap what I said about Easter - they canned the migration. Free to talk now.",
                ),
                due=True,
            )
        ],
        week=date(2026, 11, 30),
    ),
    W(
        "'any time' turned into 'after my sabbatical in April'",
        [
            replied(
                "Rosamond Achebe-Ward",
                wrote(date(2026, 5, 4), "Any time, always happy to hear from you."),
                wrote(
                    date(2026, 7, 20),
                    "Change of plan - taking a sabbatical till April, please don't send roles "
                    "before then.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a do-not-contact flag the candidate later lifted",
        [
            replied(
                "Septimus Okoro-Vance",
                noted(date(2026, 1, 26), "Cand asked for DNC on the phone - flagged."),
                wrote(
                    date(2026, 6, 15),
                    "I know I asked you not to contact me back in January, but things have "
                    "changed - please send me backend roles.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT39_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
