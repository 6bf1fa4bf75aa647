"""Held-out weekly reconnect cases, fifteenth set: in-house tech recruiters' own words, written by a
fifteenth stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at), measured and reported on its own line ("held-out 15").

Everyone here is otherwise due in the week of the case: reached the final loop in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as a
dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voice is the recruiting team of scale-ups and big tech in the
US, Canada, Israel and India: Greenhouse and Ashby notes, Slack threads pasted in, candidates'
LinkedIn DMs and emails, some in Québec French, Hebrew transliteration and Hinglish, some
sarcastic. What decides is what they told us:

1. opt-outs (don't message me about jobs again, "retirez-moi de votre liste", "tafsiku
   lishloach li", "told your team twice, do not contact me", pulled from every sequence, a
   sarcastic "unsubscribe, permanently", a stop she asked for herself, delete my Greenhouse
   profile, "bas karo yaar"): never listed; beside each a near-miss that is due (use my gmail,
   emails rather than calls, send the JD by mail, kindly check my resume and revert, event
   invites only, a sarcastic "ok fine, what TC?", a husband's stop on the house line, update my
   profile, "roz call mat karo, mail karo");
2. waits counted from the day said and checked both ways: an RSU cliff on Feb 15, an I-140
   around March, parental leave to the end of January, a bonus in March, an appraisal closing
   in April, miluim to mid-January, a GA at the end of March, "give it a quarter" said in
   October against the same said in June, a calibration closing at the end of February: not
   listed while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due (badge swipes since September, vest months
   for the offer math, a 60-day notice with a buy-out, a green card since March); "a full year
   first" after a new job is not;
4. plain restraint: an InMail six days ago, coffee at a meetup ten days ago and a hiring
   manager's call eight days ago are not listed; the same months ago are;
5. the latest word counts: "leave me be" taken back after a layoff is due and "keep me in mind"
   hardened into a deletion is not; a cliff wait called off by an acquisition is due; "anytime"
   turned into "not before April" is not; a vest wait pushed to June by a refresher is not; a
   do-not-contact she asked for, later taken back by her, is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_LOOP = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Software Engineer",
)
QUIET = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(QUIET, "outbound", "replied", channel="phone")


def their(days, words, channel="other") -> dict:
    """Their own DM (or email, with ``channel="email"``), as typed."""
    return touch(days, "inbound", "replied", note=words, channel=channel)


def logged(days, words) -> dict:
    """A recruiter's note in the ATS, or a Slack thread pasted into it."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_LOOP], touches=[last_call()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_LOOP], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "don't message me about jobs again vs don't message me here, use my gmail",
        [
            heard(
                "Fairfax Oduya-Lind",
                their(QUIET, "Please don't message me about jobs again. I'll block the next one."),
                due=False,
            ),
            heard(
                "Honora Castellvi",
                their(
                    QUIET,
                    "Please don't message me on LinkedIn, I never check it - use my gmail. "
                    "Still looking btw.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Québec French: plus de courriels, retirez-moi vs vos courriels plutôt que des appels",
        [
            heard(
                "Laurent Bissonnette",
                their(
                    QUIET,
                    "Je ne veux plus recevoir vos courriels. Retirez-moi de votre liste, s.v.p.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Mélanie Gauthier-Roy",
                their(
                    QUIET,
                    "Je préfère vos courriels aux appels - je ne réponds jamais aux numéros "
                    "inconnus. Continuez de m'écrire!",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'tafsiku lishloach li' vs yalla, send the JD by mail, calls are hard",
        [
            heard(
                "Asaf Ben-Shimol",
                their(QUIET, "Tafsiku lishloach li hoda'ot. Not interested - not now, not later."),
                due=False,
            ),
            heard(
                "Tomer Erez-Halevi",
                their(
                    QUIET,
                    "Yalla, send the JD by mail - calls are hard with the kids home. Still "
                    "interested.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'told your team twice, do not contact me' vs shared my resume twice, kindly revert",
        [
            heard(
                "Jagadeesh Annamalai",
                their(
                    QUIET,
                    "I have already told your team twice. Do not contact me for any opportunity.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Muralidhar Seetharam",
                their(
                    QUIET,
                    "I have already shared my updated resume with your team twice. Kindly "
                    "check and revert.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Slack: pulled from every sequence and all talent comms vs from event invites only",
        [
            heard(
                "Barnabas Okoye-Finch",
                logged(
                    QUIET,
                    "FYI he asked to be pulled from every Ashby sequence and all talent comms. "
                    "Done, archived.",
                ),
                due=False,
            ),
            heard(
                "Ignatius Varadarajan",
                logged(
                    QUIET,
                    "FYI he asked to be pulled from the hiring-event invites only - actual roles "
                    "are welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "sarcasm: 'another exciting opportunity, unsubscribe permanently' vs 'ok fine, what TC?'",
        [
            heard(
                "Desdemona Hartwell",
                their(
                    QUIET,
                    "Oh great, another 'exciting opportunity'. Unsubscribe. Permanently.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Lucinda Abiodun",
                their(
                    QUIET,
                    "Oh great, another 'exciting opportunity' 🙄 ... ok fine, what level and "
                    "what TC?",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "she asked us to stop all contact vs her husband asked us to stop calling the house",
        [
            heard(
                "Philippa Oyenuga",
                logged(QUIET, "Called - she asked us to stop all contact. Respect it."),
                due=False,
            ),
            heard(
                "Rosalind Mehra-Quinn",
                logged(
                    QUIET,
                    "Her husband picked up and asked us to stop calling the house line. Not her "
                    "ask - she prefers email anyway and is open to roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "delete my profile from your Greenhouse vs update my profile, new resume attached",
        [
            heard(
                "Cyprian Lachance",
                their(
                    QUIET,
                    "Please delete my candidate profile from your Greenhouse and confirm when "
                    "done.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Ezra Nakagawa-Bell",
                their(
                    QUIET,
                    "Please update my candidate profile in Greenhouse - new resume attached, "
                    "got promoted to L6.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hinglish: 'bas karo yaar, don't call or message again' vs 'roz call mat karo, mail karo'",
        [
            heard(
                "Tejaswi Korrapati",
                their(QUIET, "Bas karo yaar, roz call aata hai. Don't call or message me again."),
                due=False,
            ),
            heard(
                "Yogendra Bhosale",
                their(
                    QUIET,
                    "Roz call mat karo yaar, ek mail bhej do - I'll check on the weekend.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

CLIFF = ("Not moving before my cliff on Feb 15 - that's a quarter of my grant.", date(2026, 10, 19))
I140 = (
    "I-140 pending, approval expected around March. No job moves till it's through.",
    date(2026, 10, 5),
)
PARENTAL = ("On parental leave until the end of January - back in touch after.", date(2026, 11, 2))
BONUS = ("Bonus pays out in March, ping me after it lands.", date(2026, 9, 21))
APPRAISAL = (
    "Appraisal cycle closes April end, hike letter after that. Connect post that.",
    date(2026, 10, 12),
)
MILUIM = ("Miluim again till mid-January. Talk after, yalla.", date(2026, 11, 9))
LAUNCH = (
    "Heads-down till our GA at the end of March. After that I'm all ears.",
    date(2026, 10, 26),
)
CALIBRATION = (
    "Calibration closes end of Feb - don't ping me till promo results are out.",
    date(2026, 11, 16),
)

WAITS = [
    W(
        "before his February cliff vs past his cliff since July",
        [
            said("Marcellus Oyelaran", CLIFF, due=False),
            said(
                "Tabitha Vanterpool",
                ("Hit my cliff in July, vesting quarterly now - happy to chat.", date(2026, 7, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "the February cliff: due in late February",
        [said("Peregrine Okafor", CLIFF, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "an I-140 pending till about March vs approved in June",
        [
            said("Balasubramanian Iyer-Rao", I140, due=False),
            said(
                "Kalyani Venkatesan",
                ("I-140 approved in June, fully portable now.", date(2026, 7, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "the I-140 around March: due in April",
        [said("Hemalatha Sundararajan", I140, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "parental leave till end of January vs back from it since August",
        [
            said("Ottoline Warrender", PARENTAL, due=False),
            said(
                "Jessamine Achebe",
                (
                    "Back from parental leave in August, settled in, open to chats.",
                    date(2026, 9, 14),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave till end of January: due in mid-February",
        [said("Clementine Rosewarne", PARENTAL, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "a March bonus: not due at the start of March",
        [said("Algernon Whitlow", BONUS, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "a March bonus: due in April",
        [said("Beaumont Adeyinka", BONUS, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "an appraisal closing April end vs a hike letter that came in April",
        [
            said("Raghunandan Pai", APPRAISAL, due=False),
            said(
                "Pavithra Ranganathan",
                ("Got my hike letter in April, 8% only. Open to switch now.", date(2026, 5, 18)),
                due=True,
            ),
        ],
    ),
    W(
        "an appraisal closing April end: due in May",
        [said("Sathyanarayana Holla", APPRAISAL, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "miluim till mid-January vs back from miluim since August",
        [
            said("Ariel Schwartzman", MILUIM, due=False),
            said(
                "Nimrod Elbaz",
                ("Back from miluim in August, all good, send me stuff.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "miluim till mid-January: due in February",
        [said("Yiftach Goldstein-Amar", MILUIM, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "heads-down till a GA at the end of March: not due in February",
        [said("Octavius Pemberton-Lee", LAUNCH, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "heads-down till a GA at the end of March: due in April",
        [said("Seraphina Abernethy", LAUNCH, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "'give it a quarter' said in October vs said in June",
        [
            said(
                "Leopold Hathaway",
                ("Just moved orgs - give it a quarter.", date(2026, 10, 5)),
                due=False,
            ),
            said(
                "Verity Akintola",
                ("Just moved orgs, give it a quarter and try me again.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "calibration closing end of Feb: not due in January",
        [said("Ignatius Fairbairn", CALIBRATION, due=False)],
        week=date(2027, 1, 18),
    ),
]

# --- 3. notes full of dates that ask for no wait, and one that does ---------------------------

NO_WAIT = [
    W(
        "started in March, badge swipes since September, free Thursdays vs a full year first",
        [
            said(
                "Wilhelmina Osei-Bonsu",
                (
                    "Started at Canva in March, been badging in three days a week since "
                    "September. Free for coffee any Thursday.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            said(
                "Cordelia Ramkissoon",
                (
                    "Just started at Canva - not looking till I've done a full year there.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "vest months flagged for the offer math, not a blocker",
        [
            said(
                "Thaddeus Mwangi-Hart",
                (
                    "Vests quarterly - Feb, May, Aug, Nov. Not a blocker, just flagging it for "
                    "the offer math.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a 60-day notice with a buy-out, free to interview any evening",
        [
            said(
                "Govindarajan Mudaliar",
                (
                    "Notice period 60 days, buy-out possible. Available for interviews any day "
                    "after 6pm.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a green card in hand since March",
        [
            said(
                "Anjali Raghunathan-Moss",
                ("Green card in hand since March - no visa strings at all.", date(2026, 10, 19)),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "an InMail six days ago vs one months ago",
        [
            NotDue(
                "Bartholomew Ashgrove",
                apps=[MAY_2025_LOOP],
                touches=[
                    last_call(),
                    touch(
                        6,
                        outcome="no_reply",
                        channel="other",
                        note="InMail: staff backend role, SF hybrid.",
                    ),
                ],
            ),
            Due(
                "Sunniva Okonjo",
                apps=[MAY_2025_LOOP],
                touches=[
                    touch(
                        QUIET,
                        outcome="no_reply",
                        channel="other",
                        note="InMail: senior backend role, Seattle hybrid.",
                    )
                ],
            ),
        ],
    ),
    W(
        "coffee at a meetup ten days ago vs coffee seven months ago",
        [
            NotDue(
                "Evander Pryce-Nakamura",
                apps=[MAY_2025_LOOP],
                touches=[
                    touch(
                        10,
                        outcome="replied",
                        channel="meeting",
                        note="Grabbed coffee after the Go meetup, nothing open that fits yet.",
                    )
                ],
            ),
            Due(
                "Marguerite Ilunga",
                apps=[MAY_2025_LOOP],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee after the Rust meetup, nothing that fits yet.",
                    )
                ],
            ),
        ],
    ),
    W(
        "the hiring manager called her eight days ago vs two hundred days ago",
        [
            NotDue(
                "Philippa Gundersen",
                apps=[MAY_2025_LOOP],
                touches=[
                    touch(
                        8,
                        outcome="replied",
                        channel="phone",
                        note="HM (Dev) called her to stay warm, she's happy where she is for now.",
                    )
                ],
            ),
            Due(
                "Rosalyn Achterberg-Dube",
                apps=[MAY_2025_LOOP],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="phone",
                        note="HM (Dev) called to stay warm; she's content for now.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "leave me be, then laid off and open vs keep me in mind, then delete everything",
        [
            heard(
                "Fitzgerald Obuya",
                their(date(2026, 3, 9), "Not looking, leave me be."),
                their(
                    date(2026, 7, 13),
                    "Remember me? Laid off on Thursday. Open to pretty much anything now.",
                ),
                due=True,
            ),
            heard(
                "Henrietta Vallance",
                their(date(2026, 3, 9), "Sure, keep me in mind!"),
                their(
                    date(2026, 7, 13),
                    "Please delete everything you have on me and stop emailing.",
                    "email",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'not till after my Feb cliff' called off by an acquisition: due in early February",
        [
            heard(
                "Cassius Adebowale",
                their(date(2026, 9, 7), "Not till after my Feb cliff, sorry."),
                their(
                    date(2026, 10, 5),
                    "Plot twist - we got acquired and my unvested stock was accelerated. I'm "
                    "free now, let's talk.",
                ),
                due=True,
            )
        ],
        week=date(2027, 2, 1),
    ),
    W(
        "'anytime' turned into 'not before April, the launch slipped'",
        [
            heard(
                "Ottilie Brandvold",
                their(date(2026, 6, 1), "Anytime, always happy to chat."),
                their(
                    date(2026, 8, 10),
                    "Scratch that - our launch slipped to April and I own it. Not before April.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "after the Feb vest, then pushed to June by a refresher: not due in March",
        [
            heard(
                "Lysandra Okwuosa",
                their(date(2026, 9, 14), "After my Feb vest I'm all yours."),
                their(
                    date(2026, 11, 9),
                    "Ugh, the refresher they gave me has a cliff in June. Talk after June.",
                ),
                due=False,
            )
        ],
        week=date(2027, 3, 8),
    ),
    W(
        "a do-not-contact she asked for in February, taken back in July",
        [
            heard(
                "Genevieve Osterhout",
                logged(date(2026, 2, 16), "Set DNC at her request - annoyed at the volume."),
                their(
                    date(2026, 7, 6),
                    "I asked you to stop back in February, but I'm looking now - please do "
                    "reach out with anything senior.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT15_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
