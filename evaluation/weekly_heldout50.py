"""Held-out weekly reconnect cases, fiftieth set: African agency recruiters', in-house talent
teams' and candidates' own words, written by a fiftieth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at; held-out 10 was opened
for its format only), measured and reported on its own line ("held-out 50").

Everyone here is otherwise due in the week of the case: reached a final round in June 2025 and
lost to one other person, and was last spoken to long before the week (160 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a message sent long enough before the week that no recent
contact holds the person back instead. The voices are a Lagos fintech agency, a Nairobi search
desk, a Johannesburg banking and mining recruiter, a Cape Town in-house team and sourcers in
Accra, Kigali and Cairo: ATS shorthand, WhatsApps in Pidgin and Swahili, LinkedIn replies,
formal emails, and lines in Afrikaans, Arabic, French and Yoruba. What decides is what they
told us:

1. opt-outs (a formal withdrawal of consent, "abeg remove my number", Swahili, Afrikaans,
   Arabic, French, a recruiter's DNC after a complaint, a POPIA deletion, "I've japa'd, delete
   me"): never listed; beside each a near-miss that is due (WhatsApp not calls, not that bank,
   no sales roles, unsubscribe from the newsletter, a new number, feedback still owed);
2. waits counted from the day said and checked both ways: three months' notice, after Ramadan
   and Eid, after Easter, after the December holidays, end of Q1, a March bonus, a wedding, a
   CFA exam, a go-live, school Term 1, "six weeks": not listed while they run, listed once they
   have; each beside a twin whose wait is already over, and some checked again in a later week;
3. notes full of dates that ask for no wait are due; "give me a year to settle in" after a new
   job is not;
4. plain restraint: a WhatsApp eight days ago and a call twelve days ago are not listed; the same
   months ago are;
5. the latest word counts: a stop taken back is due, a "keep me posted" hardened into an opt-out
   is not; a wait called off early is due; "anytime" turned into "after Easter" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 16),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def sent(days, note, channel="other") -> dict:
    """Their own message: a WhatsApp by default, or ``"email"`` / ``"linkedin"``."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
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


def pair(name, stop, scoped, *, channel="other") -> WeeklyCase:
    """An opt-out (``stop``: name, words) beside a scoped stop that is due."""
    return W(
        name,
        [
            heard(stop[0], sent(LONG_AGO, stop[1], channel), due=False),
            heard(scoped[0], sent(LONG_AGO, scoped[1], channel), due=True),
        ],
    )


OPT_OUTS = [
    pair(
        "formal withdrawal of consent vs WhatsApp only, no calls",
        (
            "Oluwafemi Adesanya",
            "Dear Recruiter, I hereby withdraw my consent to be contacted by your agency. "
            "Please delete my details. Regards.",
        ),
        ("Nkiru Obiora", "Kindly don't call during office hours; WhatsApp me instead, thanks."),
        channel="email",
    ),
    pair(
        "Pidgin 'abeg remove my number' vs not that bank again",
        ("Sunday Okonkwo", "abeg remove my number from una database, no message me again"),
        ("Blessing Udo", "no more roles from that bank for Broad Street pls, others fine"),
    ),
    pair(
        "Swahili 'msinitumie tena' vs no sales roles",
        ("Otieno Were", "Msinitumie ujumbe wowote tena, tafadhali. Sitaki kazi."),
        ("Zawadi Mwikali", "Hakuna sales roles tafadhali, CS roles tu - hizo nitumie."),
    ),
    pair(
        "Afrikaans 'verwyder my' vs unsubscribe from the newsletter only",
        ("Gerrit Nel", "Verwyder my asseblief van julle lys en moet my nie weer kontak nie."),
        (
            "Annelie Visser",
            "Haal my asseblief van die nuusbrief af - maar stuur gerus direk vir my rolle.",
        ),
        channel="email",
    ),
    pair(
        "Arabic 'don't contact me again' vs a new number",
        ("Hesham Mostafa", "لو سمحت متبعتليش أي رسائل تاني واحذف رقمي"),
        ("Menna Adel", "ده رقمي الجديد، ابعتلي عليه أي فرص"),
    ),
    pair(
        "French 'supprimez mes données' vs feedback still owed",
        (
            "Théogène Bizimana",
            "Je vous prie de supprimer mes données et de ne plus me solliciter.",
        ),
        (
            "Chantal Uwamahoro",
            "J'attends toujours un retour sur l'entretien final - et je reste intéressée.",
        ),
        channel="email",
    ),
    W(
        "recruiter's DNC after a complaint vs a stop for one client",
        [
            heard(
                "Bheki Mthembu",
                noted(LONG_AGO, "Cand escalated complaint re spam. DNC all clients. Do not call."),
                due=False,
            ),
            heard(
                "Refilwe Yeboah",
                noted(LONG_AGO, "Cand: not the Anglo client again pls. All other clients OK."),
                due=True,
            ),
        ],
    ),
    pair(
        "POPIA deletion vs POPIA access that keeps hearing from us",
        (
            "Charlene Meyer",
            "Under POPIA, delete everything you hold on me and stop contacting me.",
        ),
        (
            "Tumi Maseko",
            "Under POPIA can I get a copy of what you hold? Still keen on roles, keep going.",
        ),
        channel="email",
    ),
    pair(
        "'I've japa'd, delete me' vs moved abroad, remote still welcome",
        ("Ayo Bamidele", "I don relocate to UK for good. Delete my details, no more messages."),
        ("Zainab Kamande", "Just moved to Manchester - still send remote roles, I'm open."),
        channel="linkedin",
    ),
    pair(
        "Yoruba 'ẹ má pè mí mọ' vs not my office line",
        ("Kayode Ogunde", "Ẹ jọ̀ọ́, ẹ má pè mí mọ́ rárá. Mi ò nífẹ̀ẹ́ sí iṣẹ́ kankan."),
        ("Folasade Ayeni", "Don't call my office line abeg, WhatsApp is best. Still looking."),
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

RAMADAN = ("Not before Ramadan and Eid are done - then we talk.", date(2026, 11, 9))
EASTER = ("cand: come back after Easter, busy with year-end audit", date(2026, 11, 2))
DEC_HOLS = ("Chat after the December holidays when schools reopen.", date(2026, 11, 16))
NOTICE = ("Resigned 2 Nov, 3 months notice - nothing before Feb.", date(2026, 11, 2))
Q1 = ("Revisit end of Q1 next year, closing targets.", date(2026, 10, 19))
BONUS = ("Not leaving before the March bonus is paid.", date(2026, 10, 5))
WEDDING = ("Wedding 12 Dec + honeymoon - nothing till January.", date(2026, 11, 2))
CFA = ("CFA Level II in February, nothing new until the exam is done.", date(2026, 10, 5))
GO_LIVE = ("Staying to see the core banking go-live in Feb.", date(2026, 10, 26))
TERM_1 = ("Won't look until the kids settle in Term 1 in January.", date(2026, 11, 2))
SIX_WEEKS = ("give me about six weeks to finish this sprint cycle", date(2026, 11, 16))


WAITS = [
    W(
        "three months' notice given in November vs one month given in August",
        [
            told("Ifeoluwa Adeoye", NOTICE, due=False),
            told(
                "Nneka Ogbu",
                ("Resigned 10 Aug, one month notice, free from September.", date(2026, 8, 10)),
                due=True,
            ),
        ],
    ),
    W(
        "after Ramadan said this month vs said in February",
        [
            told("Walid Anwar", RAMADAN, due=False),
            told("Hana Mahmoud", (RAMADAN[0], date(2026, 2, 9)), due=True),
        ],
    ),
    W(
        "after Ramadan said in November, checked once Eid has passed",
        [told("Walid Anwar-Saleh", RAMADAN, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "after Easter said in November vs said in January",
        [
            told("Kwaku Danso", EASTER, due=False),
            told("Akosua Manu", (EASTER[0], date(2026, 1, 19)), due=True),
        ],
    ),
    W(
        "after Easter said in November, checked in late April",
        [told("Kwaku Danso-Ansah", EASTER, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "after the December holidays said this month vs said last December",
        [
            told("Riaan Louw", DEC_HOLS, due=False),
            told("Ntombi Hadebe", (DEC_HOLS[0], date(2025, 12, 8)), due=True),
        ],
    ),
    W(
        "end of Q1 said in October vs end of Q3 said in May",
        [
            told("Brian Kiptoo", Q1, due=False),
            told(
                "Faith Wanjala", ("Revisit end of Q3, closing targets.", date(2026, 5, 4)), due=True
            ),
        ],
    ),
    W(
        "March bonus ahead vs March bonus already paid",
        [
            told("Jannie Swart", BONUS, due=False),
            told("Palesa Mofokeng", (BONUS[0], date(2025, 10, 6)), due=True),
        ],
    ),
    W(
        "a December wedding ahead vs last December's wedding",
        [
            told("Olamide Oyelowo", WEDDING, due=False),
            told("Folake Adigun", (WEDDING[0], date(2025, 11, 3)), due=True),
        ],
    ),
    W(
        "CFA exam in February vs CFA exam that was in May",
        [
            told("Kevin Omolo", CFA, due=False),
            told(
                "Mercy Jeptoo",
                ("CFA Level II in May, nothing new until the exam is done.", date(2026, 3, 2)),
                due=True,
            ),
        ],
    ),
    W(
        "go-live in February vs go-live that was in July",
        [
            told("Kofi Addo", GO_LIVE, due=False),
            told(
                "Ama Serwaa",
                ("Staying to see the core banking go-live in July.", date(2026, 4, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "Term 1 in January ahead vs Term 1 last January",
        [
            told("Grace Nyokabi", TERM_1, due=False),
            told("Lydia Chepngetich", (TERM_1[0], date(2025, 11, 3)), due=True),
        ],
    ),
    W(
        "six weeks said last week vs six weeks said in August",
        [
            heard("Eric Habineza", sent(date(2026, 11, 16), SIX_WEEKS[0], "linkedin"), due=False),
            heard("Diane Uwineza", sent(date(2026, 8, 10), SIX_WEEKS[0], "linkedin"), due=True),
        ],
    ),
    W(
        "three months' notice given in November, checked in March",
        [told("Ifeoluwa Adeoye-Bello", NOTICE, due=True)],
        week=date(2027, 3, 8),
    ),
]

# --- 3. notes full of dates that ask for no wait; a year to settle in -------------------------

NO_WAIT = [
    W(
        "a history of dates, available now vs a year to settle in a new job",
        [
            heard(
                "Uche Nwankwo",
                noted(
                    LONG_AGO,
                    "Spk 03/06. At Interswitch 2019-2023, Flutterwave since Feb 2023, contract "
                    "ended 31 May. Available immediately.",
                ),
                due=True,
            ),
            heard(
                "Yewande Coker",
                sent(
                    date(2026, 10, 12),
                    "Just started a new role on 1 Oct - give me a year to settle in before "
                    "you send anything.",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "dates of a past process, nothing asked",
        [
            heard(
                "Sibongile Ntuli",
                sent(
                    LONG_AGO,
                    "Thanks for the update. Interviewed 14 May, panel 28 May, decision 16 June - "
                    "all noted. Keep me in mind for the next one.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Eid greeting with dates vs a wait to after Eid",
        [
            heard(
                "Ahmed Shawky",
                sent(
                    LONG_AGO,
                    "Eid Mubarak! Back from Alexandria on the 20th, open to chats anytime.",
                ),
                due=True,
            ),
            told(
                "Yara Khalil",
                ("Not before Eid al-Adha next year, busy with family.", date(2026, 11, 2)),
                due=False,
            ),
        ],
    ),
    W(
        "load-shedding schedule in a note, no wait",
        [
            heard(
                "Thulani Cele",
                sent(
                    LONG_AGO,
                    "Stage 4 tonight 18:00-20:30 and again Thursday so I might be slow to reply, "
                    "but yes I'm keen - send roles.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role WhatsApped eight days ago vs in June",
        [
            NotDue(
                "Kunle Afolabi",
                apps=[JUNE_2025_FINAL],
                touches=[touch(8, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
            Due(
                "Ruth Nekesa",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "no_reply", "re_engagement", channel="other")],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs in June",
        [
            NotDue(
                "Hlengiwe Dube",
                apps=[JUNE_2025_FINAL],
                touches=[touch(12, "outbound", "replied", channel="phone")],
            ),
            Due(
                "Kobina Arthur",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "replied", channel="phone")],
            ),
        ],
    ),
    W(
        "she thanked us for a chat on LinkedIn five days ago vs months ago",
        [
            heard(
                "Nadia Farouk",
                sent(5, "Thanks for the chat today, good catching up.", "linkedin"),
                due=False,
            ),
            heard(
                "Marwa Sabry",
                sent(LONG_AGO, "Thanks, let's speak another time!", "linkedin"),
                due=True,
            ),
        ],
    ),
    W(
        "a feedback email last week vs in June",
        [
            NotDue(
                "Innocent Ndayishimiye",
                apps=[JUNE_2025_FINAL],
                touches=[touch(6, "outbound", "replied", "feedback", channel="email")],
            ),
            Due(
                "Josée Mukandayisenga",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "replied", "feedback", channel="email")],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into an opt-out",
        [
            heard(
                "Millicent Achieng",
                sent(date(2026, 2, 2), "Stop messaging me please."),
                sent(date(2026, 6, 15), "Sorry about earlier - I'm looking now, send me roles."),
                due=True,
            ),
            heard(
                "Geoffrey Langat",
                sent(date(2026, 2, 2), "keep me posted on data roles"),
                sent(date(2026, 6, 15), "Delete my number. I don't want any more messages."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'anytime' turned into 'after Easter'",
        [
            heard(
                "Funke Adeyemo",
                sent(date(2026, 10, 5), "Not before March, serving my notice."),
                sent(date(2026, 11, 9), "Update: they released me early, free from now!"),
                due=True,
            ),
            heard(
                "Bolaji Oni",
                sent(date(2026, 6, 1), "I'm open anytime, just call."),
                sent(date(2026, 11, 9), "Things changed at home - not before Easter please."),
                due=False,
            ),
        ],
    ),
    W(
        "a recruiter's DNC later withdrawn by the candidate",
        [
            heard(
                "Lesego Phiri",
                noted(date(2026, 1, 12), "Cand irritated on call - DNC set."),
                sent(
                    date(2026, 6, 1),
                    "I know I told your colleague to stop calling in January; I'm ready to move "
                    "now, please get in touch.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "open then an opt-out in Swahili vs an opt-out then open in Swahili",
        [
            heard(
                "Njeri Kamau",
                sent(date(2026, 3, 2), "Niko open kwa kazi mpya."),
                sent(date(2026, 6, 8), "Acha kunitumia ujumbe, sitaki tena."),
                due=False,
            ),
            heard(
                "Baraka Mutiso",
                sent(date(2026, 3, 2), "Acha kunitumia ujumbe kwa sasa."),
                sent(date(2026, 6, 8), "Sasa niko tayari - nitumie kazi yoyote ya backend."),
                due=True,
            ),
        ],
    ),
    W(
        "a wait to January moved to March vs moved forward to now",
        [
            told(
                "Ahmed Barakat",
                ("Not before January.", date(2026, 9, 7)),
                ("Push it to after Ramadan - March at the earliest.", date(2026, 11, 9)),
                due=False,
            ),
            told(
                "Salma Ezzat",
                ("Not before January.", date(2026, 9, 7)),
                ("Forget January - I'm ready now, call me.", date(2026, 11, 9)),
                due=True,
            ),
        ],
    ),
]

HELDOUT50_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
