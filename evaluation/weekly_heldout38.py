"""Held-out weekly reconnect cases, thirty-eighth set: Indian IT-services, GCC, start-up and
BPO/KPO recruiters' own words, written by a thirty-eighth stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at), measured and reported
on its own line ("held-out 38").

Everyone here is otherwise due in the week of the case: reached our final round in July 2025
and lost to one other person, and was last spoken to long before the week (165 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voice is Indian recruiters in Bengaluru, Hyderabad,
Pune, Chennai, Gurugram and Noida: ATS and Naukri shorthand (NP, LWD, DOJ, DNC), call notes,
candidates' WhatsApp messages, emails and LinkedIn replies, some in Hindi, Tamil, Kannada and
Telugu. What decides is what they told us:

1. opt-outs (blocking our WhatsApp number, a DNC after joining a public-sector bank, Hindi,
   Tamil and Kannada, a DPDP Act erasure, "not interested. dont call.", LinkedIn "refrain from
   contacting me", a lawyer's notice): never listed; beside each a near-miss that is due
   (WhatsApp rather than calls, a new email id, "list mein naam rehne do", mail rather than phone,
   a correction to the record, not BPO but KPO, not before 11 am, a father's "call next week");
2. waits counted from the day said and checked both ways: 90 days' notice with LWD in February,
   the April appraisal and the May variable payout, Pongal at the native place, a service
   agreement to March 2027, maternity leave to the end of February, a daughter's 12th boards, an
   onsite stint in Zurich, "give me three months", an own wedding in December, a probation to
   April: not listed while they run, listed once they have; each beside a twin whose wait is over;
3. notes full of dates that ask for no wait are due; "give me a year to settle" after joining
   Zoho is not;
4. plain restraint: a JD sent on WhatsApp eight days ago, a call twelve days ago and a reply
   five days ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" turned into an
   erasure is not; "after Diwali" pushed to the April appraisal is not due; a bond waived early is
   due; a recruiter's DNC undone by the candidate's own message is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JULY_2025_FINAL = app(
    date(2025, 7, 21),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Java Developer",
)
LONG_AGO = 165  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="other") -> dict:
    """Their own WhatsApp message (or email, LinkedIn), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
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
        "blocking our WhatsApp number vs WhatsApp only, no calls at work",
        [
            heard(
                "Jithendra Bommisetty",
                wrote(LONG_AGO, "Stop sending me jobs on WhatsApp. I am blocking this number now."),
                due=False,
            ),
            heard(
                "Lohith Kumar Marri",
                wrote(LONG_AGO, "Send jobs on WhatsApp only pls, calls I can't take at work."),
                due=True,
            ),
        ],
    ),
    W(
        "a DNC after joining SBI as a PO vs a new email id for the file",
        [
            heard(
                "Avinash Jha",
                noted(
                    LONG_AGO,
                    "Cand joined SBI as PO. Asked us to mark him DNC - not coming back "
                    "to private sector, don't contact.",
                ),
                due=False,
            ),
            heard(
                "Abhay Pratap Singh",
                noted(
                    LONG_AGO,
                    "Cand asked us to stop using his old Infosys mail id - use his "
                    "gmail from now. Still open to roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Hindi: 'mera naam list se hata do' vs 'list mein naam rehne do'",
        [
            heard(
                "Ramesh Chandra Prajapati",
                wrote(
                    LONG_AGO, "Mujhe koi job nahi chahiye, please mera naam aapki list se hata do."
                ),
                due=False,
            ),
            heard(
                "Dharmendra Kushwaha",
                wrote(
                    LONG_AGO,
                    "Abhi job nahi chahiye, par list mein naam rehne do. Kuch achha ho toh batana.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Tamil: 'inimel thodarbu kollaatheergal' vs 'mail-la contact pannunga'",
        [
            heard(
                "Selvaraj Kathiresan",
                wrote(LONG_AGO, "Thayavu seithu ennai inimel thodarbu kollaatheergal. Job venaam."),
                due=False,
            ),
            heard(
                "Thangaraj Ponnurangam",
                wrote(
                    LONG_AGO,
                    "Mail-la contact pannunga, phone vendaam sir. Office-la pesa mudiyaathu.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a DPDP Act erasure vs a correction to the record",
        [
            heard(
                "Sudha Rani Peddireddy",
                wrote(
                    LONG_AGO,
                    "Dear Team, under the DPDP Act I request erasure of all my "
                    "personal data held by you and no further communication. Kindly "
                    "confirm.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Hemalatha Sunkara",
                wrote(
                    LONG_AGO,
                    "Dear Team, kindly correct my current employer in your records to "
                    "LTIMindtree and my notice period to 60 days. Thanks.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'not interested. dont call.' vs not BPO, only KPO, call anytime",
        [
            heard("Rupesh Kanojia", wrote(LONG_AGO, "not interested. dont call."), due=False),
            heard(
                "Hitesh Vaghela",
                wrote(LONG_AGO, "not interested in BPO, only KPO. call anytime"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: refrain from contacting me vs refrain from calling before 11 am",
        [
            heard(
                "Anupama Menon",
                wrote(
                    LONG_AGO,
                    "Kindly refrain from contacting me in future regarding any opportunities.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Reshma Unnikrishnan",
                wrote(
                    LONG_AGO,
                    "Kindly refrain from calling before 11 am, I'm in US shift. Messages anytime.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a lawyer's notice over the calls vs a father's 'call her next week'",
        [
            heard(
                "Parminder Kaur Grewal",
                noted(
                    LONG_AGO,
                    "Candidate's lawyer sent a legal notice over repeated calls. DO "
                    "NOT CONTACT - legal has the file.",
                ),
                due=False,
            ),
            heard(
                "Navneet Kaur Dhillon",
                noted(
                    LONG_AGO,
                    "Candidate's father picked up, said she's out of station at a "
                    "cousin's wedding, asked us to call her next week.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Kannada: 'innu mundhe call madbedi' vs 'sanje call madi'",
        [
            heard(
                "Manjunath Hanumanthappa",
                wrote(
                    LONG_AGO,
                    "Dayavittu nanage innu mundhe call madbedi, yaava job ge interest illa.",
                ),
                due=False,
            ),
            heard(
                "Basavaraj Ningappa",
                wrote(LONG_AGO, "Dayavittu sanje call madi, office time alli maathadoke aagalla."),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

NOTICE = (
    "Resigned from Wipro on 9 Nov, serving NP 90 days, LWD 7 Feb 2027. No buyout.",
    date(2026, 11, 9),
)
APPRAISAL = (
    "Staying till the April appraisal and the variable payout in May, open to moves after that",
    date(2026, 10, 26),
)
PONGAL = (
    "Going to native Tirunelveli for Pongal, talk about a change only after Pongal",
    date(2026, 11, 16),
)
BOND = "Service agreement with HCL runs till 31 March 2027, won't break it - 3 lakh penalty."
MATERNITY = (
    "On maternity leave till 28 Feb 2027, will think about a switch after rejoining",
    date(2026, 10, 12),
)
BOARDS = (
    "Daughter's 12th boards in Feb-March 2027, no job change till her exams are over",
    date(2026, 11, 2),
)
ZURICH = (
    "Onsite in Zurich till end of Jan 2027, will look at India roles after returning",
    date(2026, 9, 14),
)
THREE_MONTHS = (
    "Give me three months, new manager joined and I'm handling the transition",
    date(2026, 10, 5),
)
WEDDING = (
    "Own wedding on 11 Dec in Vijayawada, then a trip - will revert in January",
    date(2026, 11, 2),
)
PROBATION = (
    "Joined Capgemini on 1 Oct, six months probation, no interviews till April",
    date(2026, 10, 19),
)

WAITS = [
    W(
        "90 days' notice, LWD in February vs LWD at the end of August",
        [
            told("Sushant Mohanty", NOTICE, due=False),
            told(
                "Debashish Pradhan",
                (
                    "Served NP at Wipro, LWD was 31 Aug, sitting at home now, can join "
                    "immediately.",
                    date(2026, 9, 7),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "90 days' notice, LWD in February: due in March",
        [told("Satyabrata Behera", NOTICE, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "the April appraisal and May variable vs an appraisal done in April",
        [
            told("Amruta Kulkarni", APPRAISAL, due=False),
            told(
                "Gauri Bapat",
                ("Appraisal done in April, got only 6% - open to moves now", date(2026, 5, 11)),
                due=True,
            ),
        ],
    ),
    W(
        "the April appraisal and May variable: due in June",
        [told("Ketaki Dharap", APPRAISAL, due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "after Pongal at the native place vs the Deepavali rush over",
        [
            told("Marimuthu Subbiah", PONGAL, due=False),
            told(
                "Palanivel Rajamanickam",
                ("Deepavali rush at work is over, free to talk now", date(2026, 11, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "after Pongal at the native place: due in February",
        [told("Chidambaram Nagappan", PONGAL, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "a service agreement to March 2027 vs one that ended in April",
        [
            heard("Sumit Kumar Rai", wrote(date(2026, 5, 18), BOND), due=False),
            heard(
                "Alok Ranjan Sinha",
                wrote(
                    date(2026, 5, 18),
                    "My service agreement with HCL ended in April, no more bond. Free to move.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a service agreement to March 2027: due in April",
        [heard("Prabhat Ranjan Thakur", wrote(date(2026, 5, 18), BOND), due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "maternity leave to the end of February vs back from it in August",
        [
            told("Sneha Hiremath", MATERNITY, due=False),
            told(
                "Pallavi Kattimani",
                (
                    "Back from maternity leave since 3 Aug, settled in, open to a switch",
                    date(2026, 9, 21),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "maternity leave to the end of February: due in late March",
        [told("Roopashree Gowda", MATERNITY, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "a daughter's 12th boards: not due in mid-February",
        [told("Sangeeta Mehrotra", BOARDS, due=False)],
        week=date(2027, 2, 15),
    ),
    W(
        "a daughter's 12th boards: due in April",
        [told("Vandana Khurana", BOARDS, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "onsite in Zurich till end of January vs back from Zurich in July",
        [
            told("Ameya Paranjpe", ZURICH, due=False),
            told(
                "Nachiket Sathe",
                (
                    "Back from Zurich onsite on 15 July, now looking at India roles",
                    date(2026, 8, 3),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "onsite in Zurich till end of January: due in late February",
        [told("Soumitra Gadgil", ZURICH, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "'give me three months', said in October vs said in May",
        [
            told("Ajith Kumar Nair", THREE_MONTHS, due=False),
            told(
                "Sreejith Pillai",
                (
                    "Give me three months, a new manager joined and I'm handling the handover",
                    date(2026, 5, 4),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'give me three months', said in October: due in February",
        [told("Renjith Chandran", THREE_MONTHS, due=True)],
        week=date(2027, 2, 1),
    ),
    W(
        "an own wedding in December: not due in mid-December",
        [told("Sai Krishna Potluri", WEDDING, due=False)],
        week=date(2026, 12, 14),
    ),
    W(
        "an own wedding in December: due in late January",
        [told("Naga Chaitanya Sirigiri", WEDDING, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "a probation to April vs a probation confirmed in September",
        [
            told("Mayank Joshi", PROBATION, due=False),
            told(
                "Anshul Goel",
                (
                    "Probation at Capgemini confirmed on 1 Sep, open to good roles now",
                    date(2026, 9, 14),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a probation to April: due in late April",
        [told("Tanmay Bhardwaj", PROBATION, due=True)],
        week=date(2027, 4, 26),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a note full of Diwali, release and appraisal dates vs give me a year at Zoho",
        [
            told(
                "Prasad Venkataraghavan",
                (
                    "Back from native after Diwali on 10 Nov, release went live 14 "
                    "Nov, appraisal letter 1 Oct with 9%, CTC now 19.5 LPA. Open to "
                    "chat anytime, evenings better.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
            told(
                "Kannan Srinivasaraghavan",
                (
                    "Just joined Zoho on 2 Nov - give me at least a year to settle, "
                    "don't want to job-hop again.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a Durga Puja trip and half-yearly exams done, ready for interviews",
        [
            told(
                "Arindam Chatterjee",
                (
                    "Durga Puja trip to Kolkata done (back 24 Oct), kids' half-yearly "
                    "exams over on 7 Nov - ready for interviews.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "three years at TCS since a DOJ in August 2023, any time is fine",
        [
            told(
                "Soumya Ranjan Das",
                (
                    "DOJ at TCS was 3 Aug 2023, completed 3 yrs, sick of the bench - "
                    "any time is fine for calls.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "working weekends till 15 Dec, weekday evenings free for interviews",
        [
            told(
                "Vikram Adiga",
                (
                    "Working weekends till 15 Dec for the release, but weekday "
                    "evenings are free for interviews.",
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
        "a JD sent on WhatsApp eight days ago vs the same months ago",
        [
            NotDue(
                "Sanjay Kumar Gupta",
                apps=[JULY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        8,
                        outcome="no_reply",
                        channel="other",
                        note="Shared Java lead JD on WhatsApp, blue ticks, no reply.",
                    ),
                ],
            ),
            Due(
                "Jitendra Kumar Verma",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Shared Java lead JD on WhatsApp, seen, no reply yet.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one in May",
        [
            NotDue(
                "Shankar Narayanan",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call, nothing suitable right now, will share when a req "
                        "opens.",
                    )
                ],
            ),
            Due(
                "Kumaresan Velu",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call, nothing suitable at present, said we'd share when "
                        "a req opens.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a reply five days ago vs one back in June",
        [
            NotDue(
                "Rohit Deshpande",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        5, "inbound", "replied", note="Thanks, will go through the JD and revert."
                    )
                ],
            ),
            Due(
                "Nikhil Joglekar",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        170,
                        "inbound",
                        "replied",
                        note="Thanks, will go through the JD and revert by the weekend.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. several notes over time, the latest word counts ---------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' turned into an erasure",
        [
            heard(
                "Yeshwanth Reddy Kandula",
                wrote(date(2026, 2, 9), "stop msging me"),
                wrote(
                    date(2026, 6, 1),
                    "Sorry for being rude in Feb, office pressure was too much. Happy "
                    "to hear about roles again.",
                ),
                due=True,
            ),
            heard(
                "Bhavya Sree Mudunuri",
                wrote(date(2026, 2, 9), "Not for now, keep me posted."),
                wrote(
                    date(2026, 6, 1),
                    "Please delete my data from your systems and don't contact me.",
                    "email",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'after Diwali' pushed to the April appraisal",
        [
            heard(
                "Vasudha Pandit",
                wrote(date(2026, 5, 25), "Let's talk after Diwali."),
                wrote(
                    date(2026, 6, 8),
                    "Change of plan - not before the April appraisal next year, "
                    "they've promised me a promotion.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a bond till March waived early: due in November",
        [
            heard(
                "Ganesh Shanbhag",
                wrote(date(2026, 4, 13), "My bond runs till March 2027, can't move before that."),
                wrote(
                    date(2026, 6, 1),
                    "Good news - company waived my bond after the reorg. I'm free to move now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a recruiter's DNC undone by the candidate's own message",
        [
            heard(
                "Irfan Qureshi",
                noted(
                    date(2026, 1, 19),
                    "Cand was irritated on call, asked not to be called. Marked DNC.",
                ),
                wrote(
                    date(2026, 6, 1),
                    "I know I told your colleague not to call in January. I'm looking "
                    "now, please do reach out with Java roles.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT38_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
