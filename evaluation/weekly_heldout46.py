"""Held-out weekly reconnect cases, forty-sixth set: Southeast Asian recruiters' and candidates'
own words, written by a stranger to the reader (its code, its labelled sets and the earlier
case files' sentences were not looked at; held-out 10 was opened for its format only),
measured and reported on its own line ("held-out 46").

Everyone here is otherwise due in the week of the case: reached our final round in July 2025
and lost to one other person, and was last spoken to long before the week (160 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation, or sits in a reply sent long enough before the week that no recent
contact holds the person back instead. The voices are an in-house talent team and agency desks
in Singapore, Kuala Lumpur, Penang, Jakarta, Bangkok, Ho Chi Minh City and Manila: ATS
shorthand, call logs, WhatsApp, LINE, Zalo and Viber replies, InMail answers and formal emails,
in English with Bahasa, Malay, Thai, Vietnamese and Tagalog. What decides is what they told us:

1. opt-outs (a Bahasa "don't contact me again", a PDPA withdrawal of consent, a Thai request to
   delete a number, Vietnamese and Tagalog stops, a recruiter's DNC flag, "I've blocked your
   firm", a Malay refusal, a formal removal request): never listed; beside each a near-miss
   that is due (WhatsApp not calls, a PDPA correction, email instead, messages not calls, email
   not Viber, off the newsletter only, in-house not agency, ops not sales, a new mobile number);
2. waits counted from the day said and checked both ways: three months' notice, THR and
   Lebaran, a Chinese New Year bonus, Tết, garden leave, Songkran, maternity leave, "give me six
   months", Christmas in Manila: not listed while they run, listed once they have; beside
   several a twin whose wait is already over, and Deepavali already past;
3. notes full of dates (balik kampung, a wedding and a honeymoon, a networking event, CFA
   exams) that ask for no wait are due; "give me a year to settle in" after joining is not;
4. plain restraint: a role sent on WhatsApp eight days ago, a coffee chat twelve days ago, a
   voicemail last week and blue ticks five days ago hold a person back; the same months ago
   do not;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   deletion is not; a wait called off early is due and "anytime" turned into "after CNY" is
   not; a recruiter's DNC the candidate later lifted is due; a wait pushed back from December
   to after Tết is not, and one called off is.
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
    rating=4.2,
    role="Senior Backend Engineer",
)
LONG_AGO = 160  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def replied(days, note, channel="other") -> dict:
    """Their own WhatsApp, LINE, Zalo or Viber reply (or email, LinkedIn), as typed."""
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
        "Bahasa: don't contact me again vs don't phone in office hours, WhatsApp instead",
        [
            heard(
                "Sri Wahyuningsih Purba",
                replied(
                    LONG_AGO,
                    "Pak, saya sudah tidak mau dihubungi lagi soal lowongan apa pun. Nomor "
                    "saya tolong dihapus.",
                ),
                due=False,
            ),
            heard(
                "Yosef Hamonangan Simanjuntak",
                replied(
                    LONG_AGO,
                    "Pak, jangan telepon jam kantor ya, WA aja. Masih open buat posisi backend.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a PDPA withdrawal of consent vs a PDPA correction of her email",
        [
            heard(
                "Felicia Kwok Hui Wen",
                replied(
                    LONG_AGO,
                    "I am writing to withdraw my consent under the PDPA for the use of my "
                    "personal data by your company. Please stop contacting me.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Gladys Tham Mun Yee",
                replied(
                    LONG_AGO,
                    "Under the PDPA, please correct my email address on your records to the "
                    "one I'm writing from. Thanks, and do keep me in the loop.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Thai: delete my number vs send it by email, too many meetings",
        [
            heard(
                "Worawut Chantarasombat",
                replied(LONG_AGO, "ขอให้ลบเบอร์ผมออกจากระบบด้วยครับ ไม่ต้องติดต่อมาอีก"),
                due=False,
            ),
            heard(
                "Nipaporn Sukjai",
                replied(LONG_AGO, "ช่วงนี้ติดประชุมเยอะค่ะ ส่งรายละเอียดทางอีเมลแทนได้ไหมคะ"),
                due=True,
            ),
        ],
    ),
    W(
        "Vietnamese: don't contact me any more vs don't call, text me",
        [
            heard(
                "Nguyễn Văn Thắng",
                replied(LONG_AGO, "Đừng liên lạc với tôi nữa. Tôi không có nhu cầu."),
                due=False,
            ),
            heard(
                "Phùng Thị Lan Anh",
                replied(LONG_AGO, "Đừng gọi điện nhé anh, nhắn tin Zalo thôi, em vẫn xem việc."),
                due=True,
            ),
        ],
    ),
    W(
        "Tagalog: don't message me again vs not on Viber, email instead",
        [
            heard(
                "Rowena Dela Paz Sison",
                replied(
                    LONG_AGO, "Huwag niyo na po akong i-message ulit. Hindi po ako interesado."
                ),
                due=False,
            ),
            heard(
                "Jayson Buenaventura",
                replied(LONG_AGO, "Huwag po sa Viber, sa email na lang po kasi work phone ito."),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's DNC flag vs off the weekly newsletter only",
        [
            heard(
                "Alexis Tan Kai Ling",
                noted(
                    LONG_AGO,
                    "Cdt requested permanent removal from all outreach. DNC flag set - do "
                    "not contact.",
                ),
                due=False,
            ),
            heard(
                "Matthew Goh Zhi Ming",
                noted(
                    LONG_AGO,
                    "Cdt asked to be taken off the weekly jobs newsletter only; 1:1 "
                    "messages from us are fine.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'I've blocked your firm' vs not agency InMails, your in-house team is fine",
        [
            heard(
                "Harvinder Singh Gill",
                replied(
                    LONG_AGO,
                    "I've blocked your firm on here. Please respect that and don't reach "
                    "out on any other channel either.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Gurpreet Kaur Sandhu",
                replied(
                    LONG_AGO,
                    "Not keen on agency InMails, but if it's from your in-house TA team "
                    "directly I'm happy to talk.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Malay: not interested at all, stop vs not sales roles, operations fine",
        [
            heard(
                "Rosmah binti Kassim",
                replied(LONG_AGO, "Saya tak berminat langsung. Sila berhenti hubungi saya."),
                due=False,
            ),
            heard(
                "Azlan Shah bin Mustapha",
                replied(
                    LONG_AGO,
                    "Saya tak berminat jawatan jualan, tapi kalau tech atau ops boleh hubungi.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a formal removal of particulars vs a formal update of particulars",
        [
            heard(
                "Vijayalakshmi Ramasamy",
                replied(
                    LONG_AGO,
                    "Kindly remove my particulars from your talent database with immediate "
                    "effect and refrain from further correspondence.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Selvam a/l Arumugam",
                replied(
                    LONG_AGO,
                    "Kindly update my particulars: I have changed my mobile number to the "
                    "one in my signature. Further correspondence welcome.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ---------------------------------

NOTICE = ("Tendered 2/11, NP 3 mths, LWD 1 Feb 27. Nothing before that.", date(2026, 11, 2))
LEBARAN = ("Nunggu THR & Lebaran 2027 dulu baru resign, jangan sebelum itu.", date(2026, 10, 12))
CNY = ("Bonus paid after CNY in Feb 2027; won't move before it's in.", date(2026, 10, 19))
TET = ("Chờ nhận thưởng Tết xong em mới nghỉ, sau Tết anh gọi lại nhé.", date(2026, 10, 5))
GARDEN = ("On garden leave till 31 Jan 2027, can't join anyone before.", date(2026, 11, 9))
SONGKRAN = ("รอหลังสงกรานต์ปีหน้าก่อนนะครับ ค่อยคุยเรื่องย้ายงาน", date(2026, 10, 26))
MATERNITY = ("On maternity leave until mid-Feb 2027, not looking before.", date(2026, 10, 1))
SIX_MONTHS = (
    "Just joined a bank on 1 Sept - give me six months to settle before anything.",
    date(2026, 9, 14),
)
XMAS = (
    "Busy po hanggang Pasko, Simbang Gabi and family reunions. After Christmas na lang po.",
    date(2026, 10, 26),
)

WAITS = [
    W(
        "three months' notice from November vs one month's notice served in October",
        [
            told("Jonathan Sim Wee Kiat", NOTICE, due=False),
            told(
                "Bryan Lee Zong Han",
                ("Tendered 1/9, NP 1 mth, free since early Oct.", date(2026, 9, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "three months' notice from November: due in mid-February",
        [told("Cedric Ng Yi Xuan", NOTICE, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "THR and Lebaran 2027 vs Lebaran that came in March",
        [
            told("Dwi Handayani Sutrisno", LEBARAN, due=False),
            told(
                "Aris Munandar",
                ("Habis Lebaran aja mas, THR dulu.", date(2026, 1, 26)),
                due=True,
            ),
        ],
    ),
    W(
        "THR and Lebaran 2027: due in April",
        [told("Prasetyo Adi Nugroho", LEBARAN, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "a bonus after Chinese New Year 2027 vs last CNY's bonus",
        [
            told("Heng Kah Wai", CNY, due=False),
            told(
                "Toh Mei Xin",
                ("Waiting for bonus after CNY, Feb.", date(2025, 11, 24)),
                due=True,
            ),
        ],
    ),
    W(
        "a bonus after Chinese New Year 2027: due in March",
        [told("Low Jun Jie", CNY, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "Vietnamese: after Tết: not due in mid-January",
        [told("Lưu Bảo Ngọc", TET, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "Vietnamese: after Tết: due in March",
        [told("Triệu Quang Minh", TET, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "garden leave to 31 January vs garden leave over in August",
        [
            told("Stella Yeo Shu Min", GARDEN, due=False),
            told(
                "Ivan Pek Chee Keong",
                ("Garden leave ended 31 Aug, free to join.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "Thai: after Songkran: not due in March",
        [told("Prasert Kaewkanya", SONGKRAN, due=False)],
        week=date(2027, 3, 22),
    ),
    W(
        "Thai: after Songkran: due in May",
        [told("Siriporn Manee", SONGKRAN, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "maternity leave to mid-February vs maternity leave over in August",
        [
            told("Nurul Huda binti Hassan", MATERNITY, due=False),
            told(
                "Aishah binti Rahmat",
                ("Back from maternity leave since August, open to talk.", date(2026, 8, 17)),
                due=True,
            ),
        ],
    ),
    W(
        "'give me six months' after joining in September: not due in November",
        [told("Desmond Tan Wei Hong", SIX_MONTHS, due=False)],
    ),
    W(
        "after Christmas in Manila: not due in November; after Deepavali: due",
        [
            told("Maricel Flores Dumlao", XMAS, due=False),
            told(
                "Prakash a/l Letchumanan",
                ("Let me celebrate Deepavali first, after that can talk.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
]

# --- 3. dates that ask for no wait, and one that does ---------------------------------------

NO_WAIT = [
    W(
        "a call note full of dates asks for no wait",
        [
            heard(
                "Zainal Abidin bin Yahya",
                noted(
                    LONG_AGO,
                    "Cdt back from balik kampung after Hari Raya on 3 Apr, moved to a new "
                    "squad in May, promoted in Sept, wife due in Jan. Open to chat any time, "
                    "no constraints on timing.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a wedding in October and a Bali honeymoon in December, JDs welcome any time",
        [
            heard(
                "Theresia Anggraini Putri",
                replied(
                    LONG_AGO,
                    "Kak, aku nikah Oktober kemarin, honeymoon ke Bali Desember. Tapi kirim "
                    "JD kapan aja boleh kok!",
                ),
                due=True,
            )
        ],
    ),
    W(
        "met at a Songkran event in April and a meetup in July, nothing changed",
        [
            heard(
                "Natthaya Wongpakdee",
                replied(
                    LONG_AGO,
                    "We met at your Songkran networking night in April and again at the "
                    "July meetup. Nothing has changed since - still happy to hear about "
                    "roles.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
    W(
        "CFA Level II in May 2027 does not stop him looking",
        [
            heard(
                "Jared Lim Kok Hwa",
                replied(
                    LONG_AGO,
                    "Passed CFA L1 in Aug, sitting L2 in May 2027 - but that doesn't stop me "
                    "looking. Send things over.",
                    "linkedin",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'give me a year to settle in' after joining in May",
        [
            heard(
                "Reuben Chong Wai Kit",
                replied(
                    date(2026, 6, 1),
                    "Just joined a new company on 18 May. Give me a year to settle in before "
                    "anything, thanks.",
                ),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ---------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent on WhatsApp eight days ago vs five months ago",
        [
            heard(
                "Kenny Lau Yong Sheng",
                replied(300, "thanks bro, keep me posted"),
                touch(
                    8, outcome="no_reply", note="WA'd him the KL payments role.", channel="other"
                ),
                due=False,
            ),
            heard(
                "Alwin Chua Teck Huat",
                replied(300, "thanks ah, keep me in the loop"),
                touch(
                    150, outcome="no_reply", note="WA'd him the KL payments role.", channel="other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a coffee chat twelve days ago vs six months ago",
        [
            heard(
                "Sheryl Ong Li Ping",
                touch(
                    12,
                    outcome="replied",
                    kind="check_in",
                    note="Kopi at Tanjong Pagar - catching up, nothing specific.",
                    channel="meeting",
                ),
                due=False,
            ),
            heard(
                "Audrey Seow Hui Ying",
                touch(
                    180,
                    outcome="replied",
                    kind="check_in",
                    note="Kopi at Raffles Place - catching up, nothing specific.",
                    channel="meeting",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a voicemail last week vs four months ago",
        [
            heard(
                "Irwan Setiabudi",
                replied(300, "Siap mas, kabari aja"),
                touch(
                    6, outcome="no_reply", note="Called, VM left re Jakarta role.", channel="phone"
                ),
                due=False,
            ),
            heard(
                "Hadi Susilo Wardana",
                replied(300, "Oke mas, kabari kalau ada"),
                touch(
                    125,
                    outcome="no_reply",
                    note="Called, VM left re Jakarta role.",
                    channel="phone",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "blue ticks five days ago vs blue ticks four months ago",
        [
            heard(
                "Chanathip Rakdee",
                replied(300, "ok krub, thank you"),
                touch(
                    5,
                    outcome="no_reply",
                    note="Sent Penang fab JD on WA, blue ticks, no reply.",
                    channel="other",
                ),
                due=False,
            ),
            heard(
                "Ong Boon Huat",
                replied(300, "ok noted, thanks"),
                touch(
                    130,
                    outcome="no_reply",
                    note="Sent Penang fab JD on WA, blue ticks, no reply.",
                    channel="other",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts --------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into a deletion",
        [
            heard(
                "Rizky Aditya Saputra",
                replied(400, "Stop hubungi saya."),
                replied(
                    LONG_AGO, "Maaf ya mas dulu saya ketus. Sekarang boleh kok kirim lowongan."
                ),
                due=True,
            ),
            heard(
                "Yogi Permana Sidik",
                replied(400, "Sekarang belum, tapi kabari terus ya."),
                replied(LONG_AGO, "Tolong hapus semua data saya dan jangan hubungi lagi."),
                due=False,
            ),
        ],
    ),
    W(
        "a wait called off early vs 'anytime' turned into after CNY",
        [
            heard(
                "Chua Siew Mei",
                replied(date(2026, 5, 4), "wait till after CNY pls, bonus"),
                replied(date(2026, 7, 6), "scrap that, bonus cut. free to talk now!"),
                due=True,
            ),
            heard(
                "Tay Hong Wei",
                replied(date(2026, 5, 4), "anytime, just send"),
                replied(date(2026, 7, 6), "on second thought, after CNY pls. bonus first."),
                due=False,
            ),
        ],
    ),
    W(
        "a recruiter's DNC the candidate later lifted vs an OK later turned into a stop",
        [
            heard(
                "Marilou Pangilinan",
                noted(500, "Cdt asked no more calls. DNC."),
                replied(
                    LONG_AGO,
                    "Hi! I know I asked you to stop before - please do contact me again, I'm "
                    "looking now.",
                    "email",
                ),
                due=True,
            ),
            heard(
                "Ferdinand Macapagal Ruiz",
                replied(500, "Sure, ok to chat anytime.", "email"),
                replied(LONG_AGO, "Please stop contacting me from now on.", "email"),
                due=False,
            ),
        ],
    ),
    W(
        "a wait pushed back to after Tết vs a wait called off",
        [
            heard(
                "Trần Ngọc Diệp",
                replied(date(2026, 4, 6), "Em đợi hết tháng 12 nhé anh."),
                replied(
                    date(2026, 7, 13), "Anh ơi, em dời lại sau Tết luôn nha, cuối năm bận quá."
                ),
                due=False,
            ),
            heard(
                "Lê Hoàng Anh Khoa",
                replied(date(2026, 4, 6), "Em đợi sau Tết nhé anh."),
                replied(date(2026, 7, 13), "Anh ơi, em nghỉ việc rồi, giờ nói chuyện được luôn."),
                due=True,
            ),
        ],
    ),
    W(
        "an opt-out two years ago, then asked us to get in touch",
        [
            heard(
                "Janine Marquez Yap",
                replied(700, "Please remove me from your mailing list."),
                replied(LONG_AGO, "Hi, I'd like to be considered again - please reach out."),
                due=True,
            )
        ],
    ),
]

HELDOUT46_WEEKLY_CASES: list[WeeklyCase] = [
    *OPT_OUTS,
    *WAITS,
    *NO_WAIT,
    *RESTRAINT,
    *LATEST,
]
