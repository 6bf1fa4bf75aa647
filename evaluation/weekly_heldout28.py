"""Held-out weekly reconnect cases, twenty-eighth set: a contact-centre and shared-services
talent-acquisition team's own words, written by a twenty-eighth stranger to the reader (its code,
its labelled sets and the earlier case files' sentences were not looked at), measured and
reported on its own line ("held-out 28").

Everyone here is otherwise due in the week of the case: reached a final interview in July 2025
and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a message sent long enough before the week that no recent
contact holds the person back instead. The voice is the TA desks of a BPO group and a
shared-services centre with sites in Manila, Cebu, Pune, Gurugram, Cape Town, Lisbon, Cluj,
Monterrey and Cairo: recruiters' ATS shorthand, sourcers' call logs, candidates' WhatsApp and
Viber texts and emails in English, Taglish, Hinglish, Afrikaans-flavoured South African English,
Portuguese, Romanian, Mexican Spanish and Egyptian Arabic. What decides is what they told us:

1. opt-outs (don't ever message me again in Taglish, unsubscribe me in Hinglish, a POPIA removal,
   Portuguese, Romanian, Mexican Spanish, Egyptian Arabic, a recruiter's note that she is
   emigrating and leaving BPO for good): never listed; beside each a near-miss that is due
   (don't call on shift, calls no but email yes, a new cell number, no more night shift, no more
   collections, write me again in a few months, not on my work email, keep me posted on remote
   roles until I emigrate);
2. waits counted from the day said and checked both ways: the 13th-month pay in December, a
   training bond to the end of March, Eid al-Fitr 2027 (checked during Ramadan too), Holy Week
   2027, a 90-day notice to 31 January, a maternity leave to March, a Romanian childcare leave to
   February, the aguinaldo and the "cuesta de enero": not listed while they run, listed once
   they have; each beside a twin whose wait is already over;
3. notes full of dates (a regularisation, Heritage Day, Diwali) that ask for no wait are due; "give
   me a year to settle in as TL" is not;
4. plain restraint: a Viber message nine days ago, a catch-up call twelve days ago and a
   re-engagement email three weeks ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me in your pool" hardened into a
   deletion is not; a bond paid off early is due and "anytime" turned into "after Holy Week" is
   not; a recruiter's DNC later withdrawn by the candidate is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JULY_2025_FINAL = app(
    date(2025, 7, 14),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Service Desk Team Lead",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="other") -> dict:
    """Their own WhatsApp or Viber message (or email, with ``channel="email"``), as typed."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's line in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JULY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JULY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "Taglish: never message me again vs don't call while I'm on shift",
        [
            heard(
                "Evangeline Macaspac",
                wrote(LONG_AGO, "wag niyo na po ako i-message ulit kahit kailan. salamat"),
                due=False,
            ),
            heard(
                "Rosemarie Lagdameo",
                wrote(
                    LONG_AGO,
                    "wag niyo po ako tawagan habang naka-shift, text lang po. interesado pa rin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hinglish: unsubscribe me, no more messages vs no calls, email me",
        [
            heard(
                "Abhishek Tyagi",
                wrote(LONG_AGO, "mujhe aur messages mat bhejo, unsubscribe kar do please"),
                due=False,
            ),
            heard(
                "Varun Khandelwal",
                wrote(LONG_AGO, "calls mat karo please, email bhejo - interested hoon abhi bhi"),
                due=True,
            ),
        ],
    ),
    W(
        "a POPIA removal vs a new cell number for the file",
        [
            heard(
                "Riaan Vermeulen",
                wrote(
                    LONG_AGO,
                    "Kindly remove my details from your database in terms of POPIA and confirm "
                    "once done.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Wikus Oosthuizen",
                wrote(
                    LONG_AGO,
                    "Kindly update my details - new cell number is 082 555 0192. Still keen to "
                    "hear from you.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: never contact me again vs never the night shift again",
        [
            heard(
                "Filipa Serrão",
                wrote(LONG_AGO, "Não quero voltar a ser contactada pela vossa empresa.", "email"),
                due=False,
            ),
            heard(
                "Madalena Couto",
                wrote(
                    LONG_AGO,
                    "Não quero voltar ao turno da noite, mas contactem-me para turnos de dia.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Romanian: no more contact from your firm vs no more collections roles",
        [
            heard(
                "Sorin Baciu",
                wrote(
                    LONG_AGO,
                    "Nu mai doresc să fiu contactat de firma dumneavoastră.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Ciprian Lazăr",
                wrote(
                    LONG_AGO,
                    "Nu mai doresc roluri de colectare, dar pentru alte roluri scrieți-mi.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Mexican Spanish: stop contacting me, I want no more offers vs write again in a few months",
        [
            heard(
                "Araceli Guajardo",
                wrote(LONG_AGO, "ya no me contacten por favor, no quiero recibir más ofertas"),
                due=False,
            ),
            heard(
                "Nayeli Cepeda",
                wrote(
                    LONG_AGO,
                    "ahorita ando contenta en mi chamba, pero escríbanme en unos meses",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Egyptian Arabic: don't send me anything again vs not on my work email",
        [
            heard(
                "Sherif Abdelaziz",
                wrote(LONG_AGO, "من فضلك متبعتليش أي رسايل تاني"),
                due=False,
            ),
            heard(
                "Waleed Hamdy",
                wrote(
                    LONG_AGO,
                    "من فضلك متبعتليش على إيميل الشغل، ابعت على الجيميل وأنا مهتم",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "emigrating and leaving BPO, do not contact vs emigrating, keep her posted till then",
        [
            heard(
                "Marjorie Samaniego",
                logged(
                    LONG_AGO,
                    "Cand asked to be removed - emigrating to Canada and leaving BPO for good. "
                    "Do not contact.",
                ),
                due=False,
            ),
            heard(
                "Gemma Lumbao",
                logged(
                    LONG_AGO,
                    "Cand emigrating to Canada next year - asked us to keep her posted on remote "
                    "roles until then.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

THIRTEENTH = (
    "Hihintayin ko muna yung 13th month sa December bago lumipat - January 2027 na lang po.",
    date(2026, 11, 9),
)
BOND = ("Training bond ko hanggang March 31, 2027 pa, after that free na ako.", date(2026, 10, 19))
EID = (
    "Not until after Eid al-Fitr 2027 - I'm covering the Ramadan shifts for my team.",
    date(2026, 11, 2),
)
HOLY_WEEK = (
    "pagkatapos na lang ng Holy Week next year, uuwi kami ng Samar",
    date(2026, 11, 16),
)
NOTICE = (
    "Resigned 2 Nov, 90-day notice, LWD 31 Jan 2027 - can't join before that.",
    date(2026, 11, 2),
)
MATERNITY = (
    "On maternity leave till 1 March 2027 - please hold off till then.",
    date(2026, 10, 26),
)
CHILDCARE = (
    "Sunt în concediu de creștere a copilului până la 1 februarie 2027.",
    date(2026, 8, 10),
)
AGUINALDO = (
    "Me espero al aguinaldo y a que pase la cuesta de enero; búscame en febrero.",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "waiting for this December's 13th month vs got last December's already",
        [
            told("Rommel Dizon", THIRTEENTH, due=False),
            told(
                "Edgardo Pangan",
                (
                    "Nakuha ko na 13th month ko last December, pwede na ako lumipat anytime.",
                    date(2026, 9, 7),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "waiting for this December's 13th month: due in January",
        [told("Wilfredo Soliven", THIRTEENTH, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "a training bond to 31 March 2027 vs a bond that ended in June",
        [
            told("Lorna Capistrano", BOND, due=False),
            told(
                "Teresita Llanes",
                ("Natapos na training bond ko nung June, free na ako lumipat.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "a training bond to 31 March 2027: due in April",
        [told("Imelda Rabago", BOND, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "after Eid al-Fitr 2027 vs Ramadan and Eid done this spring",
        [
            told("Mohamed Elbaz", EID, due=False),
            told(
                "Youssef Kandil",
                ("Ramadan and Eid are done, I'm free to interview now.", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "after Eid al-Fitr 2027: still not due in the middle of Ramadan",
        [told("Islam Sabry", EID, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "after Eid al-Fitr 2027: due at the end of March",
        [told("Khaled Mostafa Ezz", EID, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "after next year's Holy Week vs back from this year's Holy Week",
        [
            told("Nestor Gabon", HOLY_WEEK, due=False),
            told(
                "Rodelio Cabrera",
                (
                    "tapos na Holy Week, nakabalik na ako galing Samar, tara usap",
                    date(2026, 4, 13),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after next year's Holy Week: due in mid-April",
        [told("Virgilio Ong", HOLY_WEEK, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "a 90-day notice to 31 January vs a notice served out in September",
        [
            told("Akshay Mahajan", NOTICE, due=False),
            told(
                "Siddharth Bansal",
                ("Served my 90 days, LWD was 30 Sept - available now.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "a 90-day notice to 31 January: due in February",
        [told("Pranav Saxena", NOTICE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "on maternity leave to 1 March vs back since August",
        [
            told("Nadine Jordaan", MATERNITY, due=False),
            told(
                "Tracey Adams",
                ("Back from maternity leave since August, open to offers.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
    W(
        "on maternity leave to 1 March: due in mid-March",
        [told("Shireen Isaacs", MATERNITY, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "Romanian: childcare leave to 1 February vs back from it in July",
        [
            told("Oana Sârbu", CHILDCARE, due=False),
            told(
                "Roxana Nistor",
                (
                    "M-am întors din concediul de creștere a copilului în iulie, sunt disponibilă.",
                    date(2026, 9, 7),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Romanian: childcare leave to 1 February: due in late February",
        [told("Loredana Avram", CHILDCARE, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "Mexican Spanish: after the aguinaldo and January vs those were last winter",
        [
            told("Gerardo Ochoa Rdz", AGUINALDO, due=False),
            told(
                "Mauricio Galván",
                (
                    "Ya cobré el aguinaldo y pasó la cuesta de enero, ya podemos platicar.",
                    date(2026, 2, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Mexican Spanish: after the aguinaldo and January: due in February",
        [told("Abelardo Quintanilla", AGUINALDO, due=True)],
        week=date(2027, 2, 15),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a Taglish ramble through hire dates, 13th month and Holy Week asks no wait",
        [
            told(
                "Rowena Baluyot",
                (
                    "Joined Teleperformance 3 March 2025, na-regular nung September, nakuha 13th "
                    "month last December, naka-leave ng Holy Week nung April - anyway, open ako "
                    "sa TL roles anytime.",
                    date(2026, 10, 12),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a Heritage Day braai and a go-live date ask no wait",
        [
            told(
                "Francois du Plessis",
                (
                    "Had a lekker Heritage Day braai on the 24th, our account went live on 1 "
                    "October and Black Friday prep starts mid-November - busy, but keen to chat "
                    "about anything new.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Hinglish: home for Diwali, back in Pune now, call any time",
        [
            told(
                "Mayur Ingle",
                (
                    "Diwali pe 8 Nov ko ghar gaya tha, ab wapas Pune aa gaya. Koi bhi time call "
                    "karo.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "promoted to TL on 2 November: give me a year to settle in",
        [
            told(
                "Aileen Tabora",
                (
                    "Just got promoted to TL on 2 November - give me a year to settle into it.",
                    date(2026, 11, 2),
                ),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ------------------------------------------------------------------------


def sent(days, note, channel="email", kind="check_in", outcome="no_reply") -> dict:
    """Something we sent (or a call we made), ``days`` before the week."""
    return touch(days, "outbound", outcome, kind, note=note, channel=channel)


RESTRAINT = [
    W(
        "a Viber message nine days ago vs the same months ago",
        [
            heard(
                "Mary Grace Olivarez",
                sent(9, "Sent the Cebu TL opening via Viber, seen but no reply yet.", "other"),
                due=False,
            ),
            heard(
                "Ma. Theresa Dacanay",
                sent(
                    LONG_AGO, "Sent the Cebu TL opening via Viber, seen but no reply yet.", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs months ago",
        [
            heard(
                "Joel Capulong",
                sent(
                    12,
                    "Kumusta call - all good at his end, nothing new, happy to stay in touch.",
                    "phone",
                    outcome="replied",
                ),
                due=False,
            ),
            heard(
                "Allan Tejada",
                sent(
                    LONG_AGO,
                    "Kumusta call - all good at his end, nothing new, happy to stay in touch.",
                    "phone",
                    outcome="replied",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a re-engagement email three weeks ago vs months ago",
        [
            heard(
                "Zainab Hendricks",
                sent(21, "Re-engagement: the Cape Town WFM role.", kind="re_engagement"),
                due=False,
            ),
            heard(
                "Fatima Davids",
                sent(LONG_AGO, "Re-engagement: the Cape Town WFM role.", kind="re_engagement"),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts ------------------------------------------------------------------

LATEST = [
    W(
        "Taglish: a stop in January taken back in June",
        [
            heard(
                "Manuelito Sacdalan",
                wrote(date(2026, 1, 19), "tigilan niyo na ako please lang"),
                wrote(
                    date(2026, 6, 8),
                    "sorry po sa inis ko nung January - naghahanap na po ako ngayon, message "
                    "niyo ako pag may opening",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me in your pool' hardened into a deletion",
        [
            heard(
                "Chandrika Pillai",
                wrote(date(2026, 2, 9), "Not now, keep me in your pool though.", "email"),
                wrote(
                    date(2026, 6, 15),
                    "Kindly delete my records from your pool and stop messaging me.",
                    "email",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a bond to August 2027, then paid off in a reorg",
        [
            told(
                "Rolando Fajardo",
                ("Can't move till my training bond ends in August 2027", date(2026, 5, 4)),
                (
                    "Company paid off my bond in the reorg - free now, reach out anytime.",
                    date(2026, 9, 14),
                ),
                due=True,
            )
        ],
    ),
    W(
        "'call me anytime' turned into 'not before Holy Week'",
        [
            told(
                "Ronaldo Magpantay",
                ("Call me anytime, open to moving.", date(2026, 3, 2)),
                (
                    "Change of plans - not before Holy Week next year, I'm handling the account "
                    "migration.",
                    date(2026, 10, 19),
                ),
                due=False,
            )
        ],
    ),
    W(
        "Romanian: a recruiter's DNC, later withdrawn by the candidate",
        [
            heard(
                "Cosmin Tudose",
                logged(date(2026, 2, 23), "Cand asked us not to contact him again - DNC set."),
                wrote(
                    date(2026, 7, 6),
                    "Știu că v-am rugat în februarie să nu mă mai contactați, dar acum caut "
                    "activ - vă rog să-mi scrieți.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT28_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
