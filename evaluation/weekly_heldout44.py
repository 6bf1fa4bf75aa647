"""Held-out weekly reconnect cases, forty-fourth set: Gulf and wider Middle East recruiters' and
candidates' own words, written by a forty-fourth stranger to the reader (its code, its labelled
sets and the earlier case files' sentences were not looked at), measured and reported on its own
line ("held-out 44").

Everyone here is otherwise due in the week of the case: reached the final panel in March 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a message sent long enough before the week that no recent
contact holds the person back instead. The voices are an agency desk in Dubai and in-house
teams in Riyadh, Doha and Abu Dhabi: ATS shorthand, consultants' call notes, WhatsApp messages,
LinkedIn replies, formal letters, and lines in Arabic and Turkish. What decides is what they
told us:

1. opt-outs (every list and group, Arabic "delete my data", Turkish "never contact me again", a
   DNC after a complaint, a PDPL consent withdrawal by letter, "take me off" on LinkedIn, a move
   out of the region for good, "not interested. ever."): never listed; beside each a near-miss
   that is due (out of the WhatsApp group but email fine, Arabic "update my number", Turkish
   "email rather than phone", calls after 3 pm, consent renewed to 2028, tech roles only, left
   the region but would come back, not Saudi but the UAE yes);
2. waits counted from the day said and checked both ways: after Eid al-Fitr, home leave in
   Kerala to mid-January, five years for the full gratuity in March, an offshore hitch to 18
   December, the kids' school year to June, National Day events, a Golden Visa being stamped,
   and "no calls in Ramadan" (due before Ramadan, held back in it, due after Eid): not listed
   while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates (Umrah, a new iqama, Eid, a Dubai Run, an ILOE renewal) that ask for no
   wait are due; "give me a year to settle in" after a new job is not;
4. plain restraint: a WhatsApp sent eight days ago, a call twelve days ago and an unanswered
   InMail five days ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   removal is not; a wait called off early is due and "any time" turned into "after Ramadan" is
   not in Ramadan.
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
    rating=4.1,
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (``channel="other"`` for WhatsApp, ``"linkedin"`` for LinkedIn)."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
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
        "off every list and group vs out of the WhatsApp group, email is fine",
        [
            heard(
                "Sameh Abdel-Malek",
                wrote(
                    LONG_AGO, "remove me from all ur lists and groups. no more jobs pls", "other"
                ),
                due=False,
            ),
            heard(
                "Kiran Mascarenhas",
                wrote(
                    LONG_AGO,
                    "left ur whatsapp group, too noisy. email is fine for roles tho, still open",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: delete my data vs Arabic: update my number",
        [
            heard(
                "Mishal Al-Qahtani",
                wrote(LONG_AGO, "أرجو حذف بياناتي من قاعدة بياناتكم وعدم مراسلتي مجدداً"),
                due=False,
            ),
            heard(
                "Abdulhadi Al-Yami",
                wrote(LONG_AGO, "أرجو تحديث رقم جوالي في قاعدة بياناتكم، الرقم القديم ملغي"),
                due=True,
            ),
        ],
    ),
    W(
        "Turkish: never contact me again vs email rather than phone",
        [
            heard(
                "Cem Dursunoğlu",
                wrote(LONG_AGO, "Benimle bir daha iletişime geçmeyin, lütfen."),
                due=False,
            ),
            heard(
                "Oğuzhan Tekinalp",
                wrote(LONG_AGO, "Şimdilik telefonla değil, e-postayla ulaşırsanız sevinirim."),
                due=True,
            ),
        ],
    ),
    W(
        "DNC after a complaint vs calls after 3 pm, government hours",
        [
            heard(
                "Warren Oosthuizen",
                logged(
                    LONG_AGO,
                    "Cand complained to our MD about call frequency. DNC at his request - do "
                    "not add to any campaign.",
                ),
                due=False,
            ),
            heard(
                "Mandla Sithole",
                logged(
                    LONG_AGO,
                    "Cand works government hours - only call after 3 pm. Otherwise keen.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a letter withdrawing consent vs a letter renewing consent to 2028",
        [
            heard(
                "Hala Mansour Rizk",
                wrote(
                    LONG_AGO,
                    "Dear Sir/Madam, I formally withdraw my consent to the processing of my "
                    "data and to any further contact from your firm. Regards, H. Rizk",
                ),
                due=False,
            ),
            heard(
                "Nisreen Abu-Jaber",
                wrote(
                    LONG_AGO,
                    "Dear Sir/Madam, I formally renew my consent for your firm to hold my data "
                    "and contact me about roles until 2028. Regards, N. Abu-Jaber",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'take me off' on LinkedIn vs take me off the hospitality roles, tech only",
        [
            heard(
                "Jethro Pascual",
                wrote(LONG_AGO, "Take me off. Not interested.", "linkedin"),
                due=False,
            ),
            heard(
                "Rommel Dizon Cabangon",
                wrote(
                    LONG_AGO,
                    "Take me off the hospitality roles please - I moved into tech, Python "
                    "roles only.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "left the region for good, no contact vs left but would come back for the right role",
        [
            heard(
                "Patrick Gallagher-Byrne",
                wrote(
                    LONG_AGO,
                    "We've left the Gulf for good and I don't want to be contacted about roles "
                    "out there ever again.",
                ),
                due=False,
            ),
            heard(
                "Declan Ó Muircheartaigh",
                wrote(
                    LONG_AGO,
                    "We've left Dubai for Dublin but I'd come back for the right role - keep "
                    "me in the loop.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'not interested. ever.' vs not interested in Saudi, UAE yes",
        [
            heard(
                "Riyaz Kottarathil", wrote(LONG_AGO, "not interested. ever.", "other"), due=False
            ),
            heard(
                "Shafeeq Puthenpurayil",
                wrote(LONG_AGO, "not interested in saudi roles, uae yes anytime", "other"),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

EID_FITR = ("Cand: no move before Eid al-Fitr, bonus + family reasons.", date(2026, 10, 12))
HOME_LEAVE = (
    "Home leave in Thrissur 1 Dec to 15 Jan - don't call till he's back.",
    date(2026, 11, 9),
)
GRATUITY = ("Hits 5 yrs in March 2027 for full gratuity - not resigning before.", date(2026, 9, 7))
HITCH = ("Offshore till 18 Dec, no signal - call after.", date(2026, 11, 16))
SCHOOL_YEAR = ("Not moving the kids before the school year ends in June.", date(2026, 10, 5))
NATIONAL_DAY = (
    "Running Eid Al Etihad events till 3 Dec - flat out, call after.",
    date(2026, 11, 2),
)
GOLDEN_VISA = (
    "Golden Visa being stamped, expected end of Jan - won't switch sponsor before.",
    date(2026, 11, 9),
)
TURKISH_JAN = (
    "Ocak sonuna kadar İstanbul'daki projemdeyim, şubatta konuşalım.",
    date(2026, 11, 2),
)
NO_RAMADAN = ("Please no calls during Ramadan - any other time is fine.", date(2026, 10, 19))

WAITS = [
    W(
        "after Eid al-Fitr vs after Eid al-Adha, said in April",
        [
            told("Majid Al-Falasi", EID_FITR, due=False),
            told(
                "Obaid Al-Shehhi",
                ("Cand: no move before Eid al-Adha, family reasons.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "after Eid al-Fitr: due in late March",
        [told("Saeed Al-Ghafli", EID_FITR, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "home leave in Kerala to mid-January vs home leave that ended in September",
        [
            told("Jinto Varghese", HOME_LEAVE, due=False),
            told(
                "Libin Joseph",
                ("Back from home leave in Kannur 10 Sept - free to talk.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "home leave in Kerala to mid-January: due in late January",
        [told("Nithin Sebastian", HOME_LEAVE, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "five years for the gratuity in March 2027 vs five years reached in June",
        [
            told("Harsha Vardhan Reddy", GRATUITY, due=False),
            told(
                "Chaitanya Rao",
                ("Hit 5 yrs in June, gratuity secured - open now.", date(2026, 7, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "five years for the gratuity in March 2027: due in April",
        [told("Srinivas Yelamanchili", GRATUITY, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "offshore till 18 December: not due in early December",
        [told("Alasdair Kinnear-Munro", HITCH, due=False)],
        week=date(2026, 12, 7),
    ),
    W(
        "offshore till 18 December: due in January",
        [told("Hamish Urquhart-Bain", HITCH, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "the kids' school year to June: not due in March",
        [told("Philippa Ashdown", SCHOOL_YEAR, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "the kids' school year to June: due in July",
        [told("Rosalind Thackeray", SCHOOL_YEAR, due=True)],
        week=date(2027, 7, 19),
    ),
    W(
        "National Day events till 3 December vs last year's events long done",
        [
            told("Mahra Al-Mazrouei", NATIONAL_DAY, due=False),
            told(
                "Noura Al-Ketbi",
                ("National Day events last Dec were manic, all calm now.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "National Day events till 3 December: due mid-December",
        [told("Alia Al-Hammadi", NATIONAL_DAY, due=True)],
        week=date(2026, 12, 14),
    ),
    W(
        "a Golden Visa being stamped by end of January vs stamped in September",
        [
            told("Anastasia Kuznetsova", GOLDEN_VISA, due=False),
            told(
                "Yelena Morozova",
                ("Golden Visa stamped 15 Sept - free to switch sponsor.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
    W(
        "a Golden Visa being stamped by end of January: due in mid-February",
        [told("Irina Belousova", GOLDEN_VISA, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "Turkish: a project to the end of January vs one that ended in September",
        [
            told("Barış Kocabıyık", TURKISH_JAN, due=False),
            told(
                "Volkan Eryılmaz",
                (
                    "Projem eylül sonunda bitti, artık yeni fırsatlara açığım.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Turkish: a project to the end of January: due in February",
        [told("Tolga Sarıkaya", TURKISH_JAN, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "no calls in Ramadan: due in November, before Ramadan",
        [told("Abdulkarim Al-Jaberi", NO_RAMADAN, due=True)],
    ),
    W(
        "no calls in Ramadan: not due in late February, in Ramadan",
        [told("Suhail Al-Mheiri", NO_RAMADAN, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "no calls in Ramadan: due after Eid",
        [told("Rashed Al-Neyadi", NO_RAMADAN, due=True)],
        week=date(2027, 3, 22),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Umrah, new iqama, free after 4 vs give me a year to settle in",
        [
            told(
                "Ayman Bakri",
                (
                    "Back from Umrah 12 Nov, new iqama issued 1 Oct, free for calls Sun-Thu "
                    "after 4.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
            told(
                "Shadi Bitar",
                (
                    "Joined a Riyadh fintech 1 Oct - give me a year to settle in.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "ran the Dubai Run mid-November, ILOE renewed, visa till 2029, any time",
        [
            told(
                "Mateus Oliveira-Santos",
                (
                    "Did the Dubai Run 16/11, renewed ILOE 02/11, visa valid till 2029 - "
                    "happy to talk any time.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Eid break in Baku, passport renewed, joined a gym: call whenever",
        [
            told(
                "Rauf Aliyev",
                (
                    "Spent Eid al-Adha in Baku, passport renewed in Aug, joined a gym in JLT - "
                    "call whenever, open to roles.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a rambling note about last Ramadan, a promotion and Eid plans that asks no wait",
        [
            told(
                "Ahmed Hassan Elgindy",
                (
                    "Long chat - Ramadan in March was brutal with the audit, got promoted "
                    "in May, went to Alexandria for Eid al-Adha, kids started at Repton in "
                    "Aug. Doesn't want to wait for anything - send him roles now.",
                    date(2026, 10, 19),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent on WhatsApp eight days ago vs the same months ago",
        [
            NotDue(
                "Zeeshan Malik",
                apps=[MARCH_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        8,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the DIFC backend JD on WhatsApp.",
                    ),
                ],
            ),
            Due(
                "Waqas Butt",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the DIFC payments JD over WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one six months ago",
        [
            NotDue(
                "Ghassan Najjar",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call: settled, nothing to pitch, chat in the new year.",
                    )
                ],
            ),
            Due(
                "Elie Sfeir",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        185,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call: all good at his end, nothing to pitch him yet.",
                    )
                ],
            ),
        ],
    ),
    W(
        "an unanswered InMail five days ago vs one six months ago",
        [
            NotDue(
                "Hesham Ragab",
                apps=[MARCH_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        5,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail re the Abu Dhabi platform role - no answer.",
                    ),
                ],
            ),
            Due(
                "Wael Mahfouz",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        175,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail about the AD platform role - not answered.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into a removal",
        [
            heard(
                "Tarek Aboul-Ela",
                wrote(
                    date(2026, 3, 2), "bro pls stop messaging me abt jobs, its too much", "other"
                ),
                wrote(
                    date(2026, 6, 8),
                    "sorry i snapped in march, ramadan + deadlines. happy to hear about roles "
                    "again",
                    "other",
                ),
                due=True,
            ),
            heard(
                "Dalia Hegazy",
                wrote(date(2026, 3, 2), "Not for now, but keep me posted please."),
                wrote(
                    date(2026, 6, 8),
                    "Please remove me from your candidate database and don't write again.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'not till the project ends in April' called off early: due in February",
        [
            heard(
                "Ruben Aquino",
                wrote(date(2026, 9, 14), "Not till the Jeddah project ends in April."),
                wrote(
                    date(2026, 10, 26),
                    "Scratch April - the client cancelled our package, I'm available now.",
                ),
                due=True,
            )
        ],
        week=date(2027, 2, 15),
    ),
    W(
        "'any time' turned into 'after Ramadan': not due in Ramadan",
        [
            heard(
                "Tawfiq Al-Rawahi",
                wrote(date(2026, 6, 1), "Any time, always happy to chat.", "other"),
                wrote(
                    date(2026, 11, 2),
                    "Actually hold off till after Ramadan - new GM starting and it's all "
                    "hands till Eid.",
                    "other",
                ),
                due=False,
            )
        ],
        week=date(2027, 2, 22),
    ),
    W(
        "a DNC later withdrawn by the candidate",
        [
            heard(
                "Kenan Aydoğdu",
                logged(date(2026, 1, 12), "Cand asked us to stop calling - DNC set."),
                wrote(
                    date(2026, 6, 22),
                    "I asked you to stop calling in January, but things have changed - please "
                    "do send me suitable roles.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT44_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
