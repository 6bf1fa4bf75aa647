"""Held-out weekly reconnect cases, thirty-third set: North American in-house tech recruiters'
own words, written by a thirty-third stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at), measured and reported on its own line
("held-out 33").

Everyone here is otherwise due in the week of the case: reached our final round in March 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voice is in-house talent teams at Bay Area, Seattle,
Austin, New York, Denver, Toronto and Vancouver tech companies: Greenhouse, Lever and Ashby
notes, LinkedIn InMail replies, Slack DMs and texts, emails from personal addresses, some in
Spanish, Quebec French and Hindi-English. What decides is what they told us:

1. opt-outs (remove me from all outreach, a CCPA/CPRA deletion, "pls stop, no more recruiter
   texts ever", a formal "I do not consent", Spanish, Quebec French, an email to our CEO asking
   that recruiting never write again, "nah i'm good forever", Hindi-English): never listed;
   beside each a near-miss that is due (not the Seattle req, a name spelled wrong, not during
   work hours, consent to keep the resume, email not phone, a new address, a thank-you to the
   CEO, "good for now, keep me on the list", emails fine but no calls);
2. waits counted from the day said and checked both ways: a one-year cliff in February, a bonus
   in mid-March, parental leave to the end of January, a Thanksgiving code freeze, an I-485's
   180 days, a 90-day notice period in Hindi-English: not listed while they run, listed once they
   have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due (Diwali, July 4th and Labor Day trips, a 401k
   match already vested, quarterly RSU vests); "give me a year" after a new job is not;
4. plain restraint: an InMail eight days ago, a coffee twelve days ago and a phone screen three
   weeks ago hold a person back; the same months ago do not;
5. the latest word counts: a stop taken back is due and a "keep me posted" turned into a stop is
   not; a wait called off by a layoff is due and "whenever" turned into "after my bonus" is not;
   a DNC set at her request and later withdrawn by her is due; an InMail opt-in turned into an
   unsubscribe is not; a parental leave extended into February is not.
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
    role="Senior Software Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own message: an email, or ``"linkedin"`` for an InMail, ``"other"`` for Slack or a
    text, as they typed it."""
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
        "remove me from all your outreach vs remove me from the Seattle req only",
        [
            heard(
                "Thomasina Achebe-Kirk",
                wrote(
                    LONG_AGO,
                    "Remove me from your recruiting outreach entirely. I won't be applying to "
                    "anything of yours again.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Osvaldo Lindqvist-Amah",
                wrote(
                    LONG_AGO,
                    "Remove me from the Seattle req, I can't relocate - but I'm still open to "
                    "remote roles.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a CPRA deletion logged in Ashby vs a misspelt name fixed in Ashby",
        [
            heard(
                "Bellamy Oduya-Strand",
                logged(
                    LONG_AGO,
                    "Ashby: cand requested deletion under CCPA/CPRA and no further contact. "
                    "Profile redacted, DNC applied.",
                ),
                due=False,
            ),
            heard(
                "Calliope Nwachukwu-Lee",
                logged(
                    LONG_AGO,
                    "Ashby: cand asked us to fix the spelling of her name in her profile, lol. "
                    "Still open to hearing about roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'pls stop, no more recruiter texts ever' vs stop texting during work hours",
        [
            heard(
                "Ransome Okafor-Quinn",
                wrote(LONG_AGO, "pls stop. no more recruiter texts ever", "other"),
                due=False,
            ),
            heard(
                "Delphina Vasquez-Oyelowo",
                wrote(LONG_AGO, "pls stop texting during work hrs, evenings are ok", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a formal 'I do not consent' vs a formal consent to keep the resume",
        [
            heard(
                "Aldric Penhallow",
                wrote(
                    LONG_AGO,
                    "To whom it may concern: I do not consent to being contacted by your "
                    "recruiting team going forward.",
                ),
                due=False,
            ),
            heard(
                "Marisabel Oyenuga",
                wrote(
                    LONG_AGO,
                    "To whom it may concern: I do consent to you keeping my resume on file for "
                    "future openings.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: never contact me again vs email me rather than phone",
        [
            heard(
                "Evaristo Zambrano-Ruiz",
                wrote(LONG_AGO, "Por favor, no me vuelvan a contactar nunca más. Gracias."),
                due=False,
            ),
            heard(
                "Pilar Echeverría-Boone",
                wrote(LONG_AGO, "Por favor, contáctenme por correo y no por teléfono. ¡Gracias!"),
                due=True,
            ),
        ],
    ),
    W(
        "Quebec French: stop contacting me vs write to my new address",
        [
            heard(
                "Rosaire Bergeron-Dumont",
                wrote(LONG_AGO, "Veuillez cesser de me contacter, je ne suis plus intéressé."),
                due=False,
            ),
            heard(
                "Ginette Lafleur-Obi",
                wrote(
                    LONG_AGO,
                    "Veuillez m'écrire à ma nouvelle adresse courriel, je suis toujours "
                    "intéressée par vos postes.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an email to our CEO asking recruiting never to write vs a thank-you to our CEO",
        [
            heard(
                "Montgomery Achterberg-Yu",
                logged(
                    LONG_AGO,
                    "Per HM: cand emailed our CEO directly asking that recruiting never contact "
                    "him again. Honor it.",
                ),
                due=False,
            ),
            heard(
                "Esperanza Whitlock-Ade",
                logged(
                    LONG_AGO,
                    "Per HM: cand emailed our CEO to say thanks for a great process - warm, "
                    "wants to hear about future roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'nah i'm good forever, remove me' vs 'good for now, keep me on the list'",
        [
            heard(
                "Quincy Obafemi-Hart",
                wrote(
                    LONG_AGO,
                    "nah i'm good forever, pls remove me from whatever list i'm on",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Tallulah Ferraro-Nkem",
                wrote(
                    LONG_AGO,
                    "nah i'm good for now, but def keep me on whatever list i'm on",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi-English: stop recruiting emails for good vs emails fine, no calls",
        [
            heard(
                "Jagannath Iyengar-Moss",
                wrote(
                    LONG_AGO,
                    "Please mujhe recruiting emails bhejna band karo, permanently. Not interested.",
                ),
                due=False,
            ),
            heard(
                "Lakshmi Raghavan-Cole",
                wrote(
                    LONG_AGO,
                    "Recruiting emails theek hain, bas phone mat karna - office mein hoti hoon.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

CLIFF = ("One-year cliff on Feb 16 - not leaving before it, call after.", date(2026, 10, 12))
BONUS = ("bonus pays out mid-March, don't bother me before then lol", date(2026, 9, 28))
LEAVE = ("on parental leave til Jan 31, back Feb 1 - reach out after", date(2026, 10, 26))
FREEZE = (
    "Heads down through the Thanksgiving code freeze - reach out the week after.",
    date(2026, 11, 2),
)
I485 = (
    "EB-2 I-485 filed in October; won't move until the 180-day mark in April.",
    date(2026, 10, 19),
)
NOTICE = (
    "Abhi notice period chal raha hai, 90 days - Feb ke end tak free nahi hoon. March mein baat "
    "karte hain.",
    date(2026, 11, 16),
)

WAITS = [
    W(
        "a one-year cliff on Feb 16 vs one on Aug 17",
        [
            told("Maximiliane Osterberg", CLIFF, due=False),
            told(
                "Jericho Abernathy-Nwosu",
                ("One-year cliff on Aug 17, not leaving before it, call after.", date(2026, 5, 11)),
                due=True,
            ),
        ],
    ),
    W(
        "a one-year cliff on Feb 16: not due in late January",
        [told("Wilhelm Adeyemi-Tan", CLIFF, due=False)],
        week=date(2027, 1, 25),
    ),
    W(
        "a one-year cliff on Feb 16: due in March",
        [told("Genoveva Oyelaran-Price", CLIFF, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "a mid-March bonus said in September vs the same said last November",
        [
            told("Fitzroy Amoah-Bennett", BONUS, due=False),
            told(
                "Saffron Kwarteng",
                ("bonus pays out mid-March, don't bug me before then lol", date(2025, 11, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "a mid-March bonus said in September: due at the end of March",
        [told("Rutherford Ojukwu", BONUS, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "parental leave to Jan 31 vs parental leave to June 30",
        [
            told("Anneliese Okonkwo-Marsh", LEAVE, due=False),
            told(
                "Benedicta Sørlie",
                ("on parental leave til June 30, back July 1 - reach out after", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "parental leave to Jan 31: due in February",
        [told("Constance Mbaye-Roth", LEAVE, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "a Thanksgiving code freeze vs a July 4th launch",
        [
            told("Lorcan Eberhardt-Ossai", FREEZE, due=False),
            told(
                "Mercedes Abiola-Frank",
                (
                    "Heads down through the July 4th launch - reach out the week after.",
                    date(2026, 6, 15),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a Thanksgiving code freeze: due in December",
        [told("Ignatia Volkova-Reyes", FREEZE, due=True)],
        week=date(2026, 12, 7),
    ),
    W(
        "an I-485's 180 days in April vs in May last year",
        [
            told("Venkatraman Sethuraman", I485, due=False),
            told(
                "Nandini Chidambaram",
                (
                    "EB-2 I-485 filed in November; won't move until the 180-day mark in May.",
                    date(2025, 12, 1),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an I-485's 180 days in April: not due in February",
        [told("Hariprasad Kannan", I485, due=False)],
        week=date(2027, 2, 15),
    ),
    W(
        "an I-485's 180 days in April: due at the end of April",
        [told("Meenakshi Thirunavukkarasu", I485, due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "Hindi-English: 90 days' notice to the end of Feb vs 60 days to the end of Aug",
        [
            told("Abhimanyu Sridharan", NOTICE, due=False),
            told(
                "Pallavi Deshmukh-Rao",
                (
                    "Notice period 60 days ka hai, Aug ke end tak busy hoon. Sept mein baat "
                    "karte hain.",
                    date(2026, 6, 15),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi-English: 90 days' notice to the end of Feb: due in March",
        [told("Kaustubh Wadhwani", NOTICE, due=True)],
        week=date(2027, 3, 8),
    ),
]

# --- 3. notes full of dates that ask for no wait ------------------------------------------

NO_WAIT = [
    W(
        "back from Diwali, launch shipped, perf review done vs give me a year at Databricks",
        [
            told(
                "Chaitanya Mukherjee-Ross",
                (
                    "Screen notes: back from Diwali in Pune 11/9, shipped the Q3 launch 10/30, "
                    "perf review done 11/13. Open to talking any time, evenings best.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
            told(
                "Ravindra Holloway",
                (
                    "Just started at Databricks Nov 2 - give me a year before reaching out.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "July 4th in Tahoe and Labor Day in Maine, open whenever",
        [
            told(
                "Juniper Osei-Fairclough",
                (
                    "Spent July 4th week in Tahoe and Labor Day in Maine, so rested lol. Open to "
                    "chatting whenever.",
                    date(2026, 9, 21),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a 401k match that vested in January 2025, nothing holding him",
        [
            told(
                "Anselmo Brightwater",
                (
                    "401k match vested on my 2-year anniversary in Jan 2025 - already done, so "
                    "nothing holding me here.",
                    date(2026, 10, 5),
                ),
                due=True,
            )
        ],
    ),
    W(
        "RSUs vesting quarterly Feb/May/Aug/Nov, free to move whenever",
        [
            told(
                "Wilhelmina Oduro-Blake",
                (
                    "RSUs vest quarterly on the 15th of Feb/May/Aug/Nov, no cliff left - I'm "
                    "free to move whenever.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "an InMail eight days ago vs the same InMail months ago",
        [
            NotDue(
                "Cornelius Babatunde-Wynn",
                apps=[MARCH_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        8,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail: sent the Staff Backend req, no reply yet.",
                    ),
                ],
            ),
            Due(
                "Rosalie Mwangi-Stroud",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail: sent the Senior Backend req, no reply.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a coffee twelve days ago vs one six months ago",
        [
            NotDue(
                "Evander Nakashima-Obi",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at Blue Bottle, caught up, nothing open that fits yet.",
                    )
                ],
            ),
            Due(
                "Priscilla Adomako-Hale",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at Ritual, caught up, nothing open that fits right now.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a phone screen three weeks ago vs one seven months ago",
        [
            NotDue(
                "Thaddea Okwuosa-Lind",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        21,
                        outcome="replied",
                        channel="phone",
                        note="Recruiter screen for the platform req, passed to HM, HM passed.",
                    )
                ],
            ),
            Due(
                "Gustavo Henningsen-Ade",
                apps=[MARCH_2025_FINAL],
                touches=[
                    touch(
                        220,
                        outcome="replied",
                        channel="phone",
                        note="Recruiter screen for the infra req, passed to HM, HM passed.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop in January taken back in June",
        [
            heard(
                "Ottoline Marchetti-Oye",
                wrote(date(2026, 1, 12), "Stop emailing me about jobs please."),
                wrote(
                    date(2026, 6, 1),
                    "Hi again - ignore my January email, our Series B fell through and I'm "
                    "looking. Please send me whatever you have.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' in January, then a stop in June",
        [
            heard(
                "Demetrius Abbot-Nnamdi",
                wrote(date(2026, 1, 12), "Not looking, but keep me posted!"),
                wrote(date(2026, 6, 1), "Please stop contacting me about roles. For good."),
                due=False,
            )
        ],
    ),
    W(
        "a cliff wait called off by a layoff",
        [
            told(
                "Fenella Oyinlola-Marsh",
                ("Not before my cliff in March.", date(2026, 9, 14)),
                ("Scratch the cliff - laid off Friday, free to interview now.", date(2026, 11, 9)),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after my bonus in March'",
        [
            told(
                "Lysander Obuya-Quist",
                ("Talk whenever, always happy to chat.", date(2026, 6, 8)),
                ("Actually hold off till my bonus pays out in March.", date(2026, 10, 12)),
                due=False,
            )
        ],
    ),
    W(
        "a DNC set at her request, later withdrawn by her",
        [
            heard(
                "Araminta Okoro-Vance",
                logged(
                    date(2026, 2, 2),
                    "GH: cand asked for DNC after we went quiet post-onsite. Set.",
                ),
                wrote(
                    date(2026, 6, 1),
                    "I know I asked for no contact in Feb, I was frustrated. Water under the "
                    "bridge - please do reach out about new roles.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "an InMail 'happy to chat' turned into an unsubscribe",
        [
            heard(
                "Bartholomew Ifeanyi-Castell",
                wrote(date(2026, 3, 2), "Happy to chat anytime!", "linkedin"),
                wrote(
                    date(2026, 6, 1),
                    "Unsubscribe me from your recruiters, for good. Thanks.",
                    "linkedin",
                ),
                due=False,
            )
        ],
    ),
    W(
        "parental leave to September, extended through February",
        [
            told(
                "Celestine Abara-Whyte",
                ("On parental leave till end of Sept.", date(2026, 4, 6)),
                (
                    "Extended my parental leave through Feb - no interviews till March.",
                    date(2026, 9, 14),
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT33_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
