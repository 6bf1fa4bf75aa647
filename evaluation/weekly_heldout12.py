"""Held-out weekly reconnect cases, twelfth set: an executive-search firm's and in-house talent
teams' words across the Gulf and Asia-Pacific, written by a twelfth stranger to the reader (its
code, its labelled sets and the earlier case files' sentences were not looked at), measured and
reported on its own line ("held-out 12").

Everyone here is otherwise due in the week of the case: reached a final round in May 2025 and
lost to one other person, and was last spoken to 170 days before the week, unless the case is
about a recent contact. A wait is a dated statement, or sits in a reply sent long before the
week. The voices are consultants' CRM lines and candidates' WhatsApp, LINE, KakaoTalk, WeChat
and Zalo replies and emails, in English, Arabic transliteration, Japanese, Korean, Cantonese,
Mandarin, Malay, Bahasa Indonesia and Vietnamese. What decides is what they told us:

1. opt-outs (delete my number, 個人情報の削除, 수신 거부, 唔好再搵我, "stop ya", a DNC after a
   mass mailer, a retiring captain): never listed; beside each a near-miss that is due (a new
   number, "pass this time, write again", "others welcome", "keep me posted", Zalo not calls,
   off the newsletter only, moving into the simulator);
2. waits tied to moving holidays and pay days, counted from the day said and checked both ways:
   Chinese New Year, after Ramadan, Golden Week, the December bonus, Seollal (beside a Chuseok
   already past), Tet, an offshore hitch, 90 days' notice, the end of the school year, a
   six-month non-compete, Hari Raya, Diwali: not listed while they run, listed once they have,
   each beside a twin whose wait is over;
3. notes full of holidays that ask for no wait are due (last Ramadan, Golden Week in Hokkaido, a
   Diwali at home, "Chuseok was busy and Seollal will be"); "give me a year" after a new job is
   not;
4. plain restraint: a JD on WhatsApp eight days ago, an intro call five days ago, a LINE message
   twelve days ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and "keep me posted" turned into "delete my
   data" is not; "after Chinese New Year" called off by a lay-off is due; "any time" turned
   into "not till after Eid" is not; a DNC later withdrawn by the candidate is due.

The week is Monday 23 November 2026 unless a case names another; holidays are dated as they
fall (Chinese New Year and Tet 6 February 2027, Ramadan to about 9 March 2027, Golden Week to
5 May 2027, Seollal 7 February 2027, Diwali 8 November 2026, Hari Raya about 10 March 2027).
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
WAY_BACK = 170  # days before the week: past a silver medalist's cadence


def caught_up() -> dict:
    """The last call, long before the week, with nothing said in it that matters."""
    return touch(WAY_BACK, "outbound", "replied", channel="phone")


def sent(days, words, channel="other") -> dict:
    """Their reply on WhatsApp, LINE, KakaoTalk, WeChat or Zalo (or by email), as typed."""
    return touch(days, "inbound", "replied", note=words, channel=channel)


def noted(days, line) -> dict:
    """A consultant's line in the CRM."""
    return touch(days, "outbound", None, "note", note=line, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    return (Due if due else NotDue)(name, *statements, apps=[MAY_2025_FINAL], touches=[caught_up()])


def wrote(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    return (Due if due else NotDue)(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "Arabic: send me nothing more, delete my number vs a new number, not the work phone",
        [
            wrote(
                "Abdulaziz Al Rashidi",
                sent(WAY_BACK, "la tersel li ay wazayef ba3d al-yom, w emsa7 raqami law sama7t."),
                due=False,
            ),
            wrote(
                "Youssef Al Harthy",
                sent(
                    WAY_BACK,
                    "la tettasel 3ala raqam el shoghol. hatha raqami el jadeed, arsel hon ay "
                    "wazeefa.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Japanese: no further contact, delete my data vs passing this time, do write again",
        [
            wrote(
                "Fukuda Masato",
                sent(WAY_BACK, "今後のご連絡は不要です。個人情報の削除をお願いします。", "email"),
                due=False,
            ),
            wrote(
                "Arai Tomoya",
                sent(WAY_BACK, "今回は見送りますが、また良い案件があればご連絡ください。", "email"),
                due=True,
            ),
        ],
    ),
    W(
        "Korean: I refuse messages, never contact me vs pass on this one, others welcome",
        [
            wrote(
                "Choi Yeon-woo",
                sent(WAY_BACK, "수신 거부합니다. 다시는 연락하지 마세요."),
                due=False,
            ),
            wrote(
                "Jung Ha-neul",
                sent(WAY_BACK, "이번 포지션은 패스할게요. 다른 포지션은 언제든 환영입니다!"),
                due=True,
            ),
        ],
    ),
    W(
        "Cantonese: please don't look for me again vs not this one, tell me about others",
        [
            wrote("Mak Chun Yiu", sent(WAY_BACK, "唔該以後唔好再搵我，多謝。"), due=False),
            wrote("Fung Tsz Ching", sent(WAY_BACK, "呢份唔啱我，有其他好嘅再話我知。"), due=True),
        ],
    ),
    W(
        "Bahasa: no more offers from you, stop vs not for now, but keep me posted",
        [
            wrote(
                "Galih Permana",
                sent(
                    WAY_BACK, "Saya sudah tidak mau menerima tawaran apa pun dari kalian. Stop ya."
                ),
                due=False,
            ),
            wrote(
                "Wahyu Hidayat",
                sent(
                    WAY_BACK,
                    "Untuk sekarang belum dulu, tapi tetap kabari ya kalau ada yang cocok.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Vietnamese: don't message me again vs not in office hours, Zalo please",
        [
            wrote("Trịnh Văn Long", sent(WAY_BACK, "Đừng nhắn tin cho tôi nữa."), due=False),
            wrote(
                "Hồ Thị Mai Anh",
                sent(WAY_BACK, "Đừng gọi giờ hành chính nha, nhắn Zalo giúp em."),
                due=True,
            ),
        ],
    ),
    W(
        "a consultant's DNC after a mass mailer vs off the newsletter only",
        [
            wrote(
                "Reza Tehrani",
                noted(
                    WAY_BACK,
                    "cand called, v angry about the mass mailer. remove from ALL comms - DNC, "
                    "no calls, no LinkedIn InMails.",
                ),
                due=False,
            ),
            wrote(
                "Samir Khoury",
                noted(
                    WAY_BACK,
                    "cand asked to come off the monthly newsletter only - still wants direct "
                    "calls about real roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "retiring from flying, don't keep me on file vs retiring to the simulator, keep me posted",
        [
            wrote(
                "Gordon Whyte",
                sent(
                    WAY_BACK,
                    "I hang up my headset next month after 34 years. No need to keep me on "
                    "file - please don't contact me again. All the best.",
                    "email",
                ),
                due=False,
            ),
            wrote(
                "Malcolm Strachan",
                sent(
                    WAY_BACK,
                    "I hang up my headset next month, but I'm moving into the simulator as a "
                    "TRI - keep me posted on training jobs.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits tied to holidays and pay days that move, counted from the day said ------------

CNY = ("Not moving before Chinese New Year - the bonus is paid just before.", date(2026, 10, 19))
RAMADAN = (
    "ba3d Ramadan insha'allah - nothing before Eid, the hotel opening is then too.",
    date(2026, 11, 2),
)
GOLDEN_WEEK = ("ゴールデンウィーク明けまでは動けません。", date(2026, 11, 9))
WINTER_BONUS = ("冬のボーナスが12月10日に出るので、それまでは待ってください。", date(2026, 10, 5))
SEOLLAL = ("설 연휴 끝나면 이직 준비 시작할게요.", date(2026, 11, 9))
TET = ("Đợi qua Tết em nhận thưởng rồi mới nhảy việc ạ.", date(2026, 10, 26))
HITCH = ("On hitch till 18 Dec - ring when I'm back on the beach, not before.", date(2026, 11, 16))
NOTICE_90 = (
    "Resigned 01/11 - 90 days' notice under my Saudi contract, nothing before February.",
    date(2026, 11, 2),
)
SCHOOL_YEAR = (
    "Won't leave my Grade 10s mid-year. Contract ends June 2027 - talk to me then.",
    date(2026, 10, 12),
)
NON_COMPETE = (
    "Left the bank 30 Sept; six-month non-compete, so nothing till the end of March.",
    date(2026, 10, 5),
)
RAYA = ("Lepas Hari Raya baru saya nak fikir pasal kerja baru.", date(2026, 11, 2))
DIWALI = ("After Diwali please - we fly home to Jaipur for two weeks.", date(2026, 9, 21))

WAITS = [
    W(
        "before Chinese New Year, said in October vs said last December, run out",
        [
            said("Yeung Pui Shan", CNY, due=False),
            said(
                "So Kwok Leung",
                ("Not moving till after CNY, the bonus comes just before.", date(2025, 12, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "before Chinese New Year: due in March",
        [said("Kong Siu Ming", CNY, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "after Ramadan, said in November: not due mid-Ramadan",
        [said("Hamad Al Kuwari", RAMADAN, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "after Ramadan, said in November: due in April",
        [said("Jassim Al Thani", RAMADAN, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "Japanese: after Golden Week, said in November vs said a year before, run out",
        [
            said("Oshima Kanako", GOLDEN_WEEK, due=False),
            said("Yoshida Hiroto", ("GW明けまで待ってください。", date(2025, 11, 10)), due=True),
        ],
        week=date(2027, 4, 19),
    ),
    W(
        "Japanese: after Golden Week: due in late May",
        [said("Inoue Sakura", GOLDEN_WEEK, due=True)],
        week=date(2027, 5, 24),
    ),
    W(
        "Japanese: after the December bonus vs after the June bonus, said in April",
        [
            said("Kimura Takeshi", WINTER_BONUS, due=False),
            said(
                "Hayashi Nanami",
                ("夏のボーナスが6月に出るので、それまでは待ってください。", date(2026, 4, 6)),
                due=True,
            ),
        ],
    ),
    W(
        "Japanese: after the December bonus: due in January",
        [said("Saito Kenichi", WINTER_BONUS, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "Korean: after Seollal, not due in January vs after Chuseok, said in August",
        [
            said("Bae Soo-ah", SEOLLAL, due=False),
            said("Yang Hyun-woo", ("추석 지나고 얘기해요.", date(2026, 8, 17)), due=True),
        ],
        week=date(2027, 1, 25),
    ),
    W(
        "Korean: after Seollal: due in March",
        [said("Hong Ji-min", SEOLLAL, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "Vietnamese: after Tet, said in October vs said last December, run out",
        [
            said("Lý Quang Vinh", TET, due=False),
            said(
                "Mai Thị Hương",
                ("Qua Tết em mới tính chuyện đổi việc nha.", date(2025, 12, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "on a hitch till 18 December vs a hitch that ended in October",
        [
            said("Dewald Coetzee", HITCH, due=False),
            said(
                "Brendan Kruger",
                ("On hitch till 20 Oct - ring when I'm back on the beach.", date(2026, 9, 28)),
                due=True,
            ),
        ],
    ),
    W(
        "on a hitch till 18 December: due in January",
        [said("Francois du Plessis-Roux", HITCH, due=True)],
        week=date(2027, 1, 4),
    ),
    W(
        "90 days' notice from 1 November vs 60 days from June, served",
        [
            said("Mansour Al Subaie", NOTICE_90, due=False),
            said(
                "Khaled Al Anazi",
                ("Resigned 15/06, 60 days' notice - free from mid-August.", date(2026, 6, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "90 days' notice from 1 November: due in mid-February",
        [said("Badr Al Johani", NOTICE_90, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "a teacher staying to the end of the school year: not due in March",
        [said("Philippa Hargreaves", SCHOOL_YEAR, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "a teacher staying to the end of the school year: due in July",
        [said("Rosalind Ashcombe", SCHOOL_YEAR, due=True)],
        week=date(2027, 7, 5),
    ),
    W(
        "a six-month non-compete to the end of March: not due in January",
        [said("Tiffany Lau Wing Yan", NON_COMPETE, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "a six-month non-compete to the end of March: due in April",
        [said("Gigi Chau Hoi Ying", NON_COMPETE, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "Malay: after Hari Raya, said in November vs said in January, Raya since passed",
        [
            said("Syafiq Azman", RAYA, due=False),
            said(
                "Aisyah Kamaruddin",
                ("Lepas Raya baru boleh fikir kerja baru.", date(2026, 1, 19)),
                due=True,
            ),
        ],
    ),
    W(
        "after Diwali, two weeks in Jaipur: not due in October",
        [said("Karan Bhatnagar", DIWALI, due=False)],
        week=date(2026, 10, 26),
    ),
    W(
        "after Diwali, two weeks in Jaipur: due in December",
        [said("Neha Rastogi", DIWALI, due=True)],
        week=date(2026, 12, 7),
    ),
]

# --- 3. notes full of holidays that ask for no wait, and one that does ---------------------

NO_WAIT = [
    W(
        "last Ramadan in Madinah, happy to talk whenever vs give me a year at Emaar",
        [
            said(
                "Tamer Abdelaziz",
                (
                    "Spent last Ramadan in Madinah, anyway - happy to talk whenever.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            said(
                "Hazem Mostafa",
                ("Started at Emaar 1 Nov - give me a year before anything new.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "Japanese: Golden Week in Hokkaido, free to talk any time",
        [
            said(
                "Ono Mizuki",
                ("GWは北海道でした！いつでもお話しできます。", date(2026, 5, 11)),
                due=True,
            )
        ],
    ),
    W(
        "a lovely Diwali at home, any time works",
        [
            said(
                "Rahul Deshpande",
                ("Had a lovely Diwali in Pune. Any time works for a call.", date(2026, 11, 16)),
                due=True,
            )
        ],
    ),
    W(
        "Korean: Chuseok was busy and Seollal will be too, but free to chat now",
        [
            said(
                "Kim Da-eun",
                ("추석 때 정신없었고 설에도 바쁘겠지만, 지금은 얘기 가능해요.", date(2026, 10, 5)),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a JD on WhatsApp eight days ago vs five months ago",
        [
            NotDue(
                "Ibrahim Al Balushi",
                apps=[MAY_2025_FINAL],
                touches=[
                    caught_up(),
                    touch(
                        8,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the Muscat GM JD on WhatsApp.",
                    ),
                ],
            ),
            Due(
                "Sulaiman Al Habsi",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        150,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the Salalah GM JD on WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "an intro call last Wednesday vs one seven months ago",
        [
            NotDue(
                "Ravindran Nair",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        5,
                        outcome="replied",
                        channel="phone",
                        note="Intro call, walked through the Doha roles, nothing to move on yet.",
                    )
                ],
            ),
            Due(
                "Suresh Kuttappan",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="phone",
                        note="Intro call, walked through Doha roles, nothing for now.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a LINE message twelve days ago vs one in the spring",
        [
            NotDue(
                "Kondo Yuka",
                apps=[MAY_2025_FINAL],
                touches=[
                    caught_up(),
                    touch(12, outcome="no_reply", channel="other", note="LINEで新着求人を送付。"),
                ],
            ),
            Due(
                "Murata Akira",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="no_reply",
                        channel="other",
                        note="LINEで求人を送付、既読スルー。",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "Cantonese: a stop taken back vs 'keep me posted' hardened into delete my data",
        [
            wrote(
                "Ho Ka Lok",
                sent(date(2026, 2, 16), "唔好再WhatsApp我。"),
                sent(date(2026, 7, 6), "之前語氣唔好意思，而家想轉工，有職位可以再搵我。"),
                due=True,
            ),
            wrote(
                "Chiu Wing Man",
                sent(date(2026, 2, 16), "暫時唔考慮，有消息再話我知。"),
                sent(date(2026, 7, 6), "請刪除我嘅所有資料，唔好再聯絡我。"),
                due=False,
            ),
        ],
    ),
    W(
        "'after Chinese New Year' called off: laid off, available now",
        [
            wrote(
                "Zheng Kaiwen",
                sent(date(2026, 9, 14), "春节后再说吧，等年终奖。"),
                sent(date(2026, 10, 26), "之前说春节后，现在公司裁员了，我随时可以面试。"),
                due=True,
            )
        ],
    ),
    W(
        "'any time' turned into 'not till after Eid'",
        [
            wrote(
                "Hussein Al Lawati",
                sent(date(2026, 5, 4), "any time habibi, always happy to chat"),
                sent(
                    date(2026, 10, 19),
                    "actually not till after Eid - GM left, I'm acting GM till the new one comes.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a consultant's DNC later taken back by the candidate herself",
        [
            wrote(
                "Nadia Rahmat",
                noted(
                    date(2026, 1, 12), "cand upset about a wrong-name email - DNC at her request."
                ),
                sent(
                    date(2026, 6, 22),
                    "Hi, I know I asked you to stop contacting me in January - water under the "
                    "bridge. I'm looking now, please send anything suitable.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT12_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
