"""Held-out weekly reconnect cases, thirtieth set: East Asian electronics, semiconductor,
automotive-supplier, games and e-commerce hiring, written by a thirtieth stranger to the reader
(its code, its labelled sets and the earlier case files' sentences were not looked at), measured
and reported on its own line ("held-out 30").

Everyone here is otherwise due in the week of the case: reached a final round (最終面接) in June
2025 and lost to one other person, and was last spoken to long before the week (170 days, past a
silver medalist's cadence), unless the case is about a recent contact. A wait is typed into the
ATS as a dated motivation by a recruiter or headhunter, or sits in a message sent long enough
before the week that no recent contact holds the person back instead. The voices: a Tokyo maker's
talent team, a bilingual headhunting boutique for Tokyo, Osaka, Seoul and Pangyo, a Hsinchu
fab's HR partners and a Hong Kong agency desk for Shenzhen, Shanghai and Ho Chi Minh City;
candidates write polite Japanese emails, KakaoTalk, LINE, WeChat, WhatsApp and Zalo messages in
Japanese, Korean, Mandarin, Cantonese, Vietnamese and English. What decides is what they told us:

1. opt-outs (a polite refusal of all contact, "연락 그만하세요", "别再给我发消息了", an HH's DNC
   at the candidate's request, a Cantonese deletion request, Vietnamese, "please stop, second time
   asking", a LINE stop, a plain "remove me"): never listed; beside each a near-miss that is due
   (email only, KakaoTalk not calls, a new WeChat ID, not Samsung again, not at the office, a
   personal address instead of a monitored work one, a newsletter unsubscribe, a manager's stop on
   a work address that is not the candidate's, a business trip this week);
2. waits counted from the day said and checked both ways: the winter bonus on 10 December, 年終
   after 春節, 전문연구요원 service to February, after Tết, the fiscal year end in March, 育休 to
   April, a March launch crunch, after Golden Week, the new-graduate intake and training to the
   end of June: not listed while they run, listed once they have; each beside a twin whose wait
   is already over (a summer bonus, last year's 春節 and Tết, service ended in August, Obon,
   Chuseok, a September launch);
3. notes full of festival and shift dates that ask for no wait are due; "let me finish one year
   at the new company" is not;
4. plain restraint: a role sent eight days ago, a call a fortnight ago and a LINE chat five days
   ago are not listed; the same half a year ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into a
   deletion request is not; a wait called off early is due and "any time" turned into "after
   Golden Week" is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JUNE_2025_FINAL = app(
    date(2025, 6, 9),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or chat message, with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def chat(days, note) -> dict:
    """Their LINE, KakaoTalk, WeChat, WhatsApp or Zalo message."""
    return wrote(days, note, "other")


def logged(days, note) -> dict:
    """A recruiter's or headhunter's note in the ATS."""
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

OPT_OUTS = [
    W(
        "a polite refusal of all contact vs email only from now on",
        [
            heard(
                "Sumiaki Tatebayashi",
                wrote(
                    LONG_AGO,
                    "平素より大変お世話になっております。誠に勝手ながら、今後一切のご連絡は"
                    "不要でございます。悪しからずご了承くださいませ。",
                ),
                due=False,
            ),
            heard(
                "Fumika Yoshinaga",
                wrote(
                    LONG_AGO,
                    "平素より大変お世話になっております。お電話は業務中に出られないため、"
                    "今後のご連絡はメールのみでお願いいたします。",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'연락 그만하세요' vs KakaoTalk rather than calls",
        [
            heard("Yeom Ji-sung", chat(LONG_AGO, "연락 그만하세요 진짜. 몇 번째예요."), due=False),
            heard(
                "Tak Hye-jin",
                chat(LONG_AGO, "전화는 받기 어려워서요, 앞으로 카톡으로만 주세요 :)"),
                due=True,
            ),
        ],
    ),
    W(
        "'别再给我发消息了' vs a new WeChat ID",
        [
            heard("Ren Haoyang", chat(LONG_AGO, "别再给我发消息了，把我删了吧。"), due=False),
            heard(
                "Bai Xinrui",
                chat(LONG_AGO, "我换微信号了，以后有机会发新号，旧号不用了。"),
                due=True,
            ),
        ],
    ),
    W(
        "an HH's DNC at the candidate's request vs not Samsung again, anything else",
        [
            heard(
                "Ko Eun-bi",
                logged(
                    LONG_AGO,
                    "HH note: cand asked to be taken off all our lists. Marked DNC per her "
                    "request - do not approach.",
                ),
                due=False,
            ),
            heard(
                "Seong Dae-ho",
                logged(
                    LONG_AGO,
                    "HH note: cand asked not to be put forward to Samsung again (bad exp.). "
                    "Everything else welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a Cantonese deletion request vs email, not the office line",
        [
            heard(
                "Lui Ka-wai",
                chat(LONG_AGO, "唔該將我所有資料刪除，以後唔好再聯絡我。"),
                due=False,
            ),
            heard(
                "Sze Ho-yin",
                chat(LONG_AGO, "之後用 email 搵我就得，唔好打去公司。"),
                due=True,
            ),
        ],
    ),
    W(
        "Vietnamese: no more recruiting emails vs use my personal address",
        [
            heard(
                "Quách Minh Tâm",
                wrote(LONG_AGO, "Xin đừng gửi email tuyển dụng cho tôi nữa. Cảm ơn."),
                due=False,
            ),
            heard(
                "Lạc Thị Thu Hà",
                wrote(
                    LONG_AGO,
                    "Anh gửi vào email cá nhân giúp em nhé, email công ty bị IT kiểm soát.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'please stop, second time asking' vs unsubscribe from the newsletter only",
        [
            heard(
                "Garrett Oyelaran",
                wrote(LONG_AGO, "Please stop. This is the second time I'm asking."),
                due=False,
            ),
            heard(
                "Celine Wattanakul",
                wrote(
                    LONG_AGO,
                    "Could you unsubscribe me from the monthly semiconductor newsletter? Too "
                    "much mail. Job leads still very welcome though.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a LINE stop vs a manager's stop on a work address that is not the candidate's",
        [
            heard("Tokie Aramaki", chat(LONG_AGO, "もう連絡しないでください🙇‍♀️"), due=False),
            heard(
                "Katsuhiko Noro",
                logged(
                    LONG_AGO,
                    "His 部長 at the supplier emailed us to stop writing to Noro-san's work "
                    "address. Noro-san himself is keen - personal gmail on file, use that.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'remove me' vs away on a business trip that week",
        [
            heard("Fiona Chan Mei-kei", wrote(LONG_AGO, "Remove me."), due=False),
            heard(
                "Harvey Yip Chun-wai",
                wrote(LONG_AGO, "In Penang at a customer this week, try me next week."),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

WINTER_BONUS = ("冬のボーナス(12/10支給)をもらうまでは動かないとのこと。", date(2026, 10, 5))
NIANZHONG = ("領完年終、過完春節再談，之前不考慮。", date(2026, 10, 19))
SERVICE = "전문연구요원 복무가 내년 2월에 끝나요. 그 전에는 법적으로 이직 못 해요."
TET = ("Cuối năm bận chạy đơn, sau Tết mới tính chuyện đổi việc.", date(2026, 10, 26))
FISCAL = ("3月の決算が終わるまでは動けない。4月以降なら面談可。", date(2026, 11, 2))
IKUKYU = ("育休中。2027年4月に復職予定、それまでは転職活動しない。", date(2026, 9, 7))
LAUNCH = "we ship in march 2027 and i'm on the critical path. ping me after launch, not before"
GW = ("ゴールデンウィーク明けにまた声をかけてほしい、とのこと。", date(2026, 11, 16))
NEWGRAD = (
    "4月の新卒受け入れと6月末までの新人研修の担当なので、それまでは現場を離れられない。",
    date(2026, 11, 9),
)

WAITS = [
    W(
        "winter bonus on 10 December vs a summer bonus paid in June",
        [
            told("Kunio Matsudaira", WINTER_BONUS, due=False),
            told(
                "Aiko Watarai",
                ("夏のボーナス(6月末)をもらってから動きたいとのこと。", date(2026, 4, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "winter bonus on 10 December: due just before Christmas",
        [told("Tsutomu Hiraide", WINTER_BONUS, due=True)],
        week=date(2026, 12, 21),
    ),
    W(
        "年終 after 春節 2027 vs after 春節 2026",
        [
            told("Weng Tzu-hsuan", NIANZHONG, due=False),
            told("Yen Shih-chieh", ("領完年終、過完年再說。", date(2025, 11, 24)), due=True),
        ],
    ),
    W(
        "年終 after 春節 2027: due in March",
        [told("Lu Chia-ying", NIANZHONG, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "전문연구요원 to February vs service ended in August",
        [
            heard("Hyun Jae-won", chat(date(2026, 5, 11), SERVICE), due=False),
            heard(
                "Ma Sung-hoon",
                chat(
                    date(2026, 3, 16),
                    "전문연구요원 복무가 8월에 끝나요. 그 이후엔 자유롭게 옮길 수 있어요.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "전문연구요원 to February: due in March",
        [heard("Do Gyeong-min", chat(date(2026, 5, 11), SERVICE), due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "after Tết 2027 vs after last Tết",
        [
            told("Tạ Văn Khánh", TET, due=False),
            told(
                "Kiều Thị Phương",
                ("Sau Tết rồi tính chuyện đổi việc, giờ chưa.", date(2025, 12, 15)),
                due=True,
            ),
        ],
    ),
    W(
        "after Tết 2027: due in March",
        [told("Mạc Đăng Khoa", TET, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "the fiscal close in March vs 'お盆明けに' said in June",
        [
            told("Nobuhiko Sawamura", FISCAL, due=False),
            told(
                "Chikako Mizushima",
                ("お盆明けにまたご連絡いただければ、とのこと。", date(2026, 6, 22)),
                due=True,
            ),
        ],
    ),
    W(
        "the fiscal close in March: due in April",
        [told("Hisako Ninomiya", FISCAL, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "育休 to April 2027 vs '추석 지나고' said in August",
        [
            told("Yoriko Hachiya", IKUKYU, due=False),
            told("Paik Soo-ah", ("추석 지나고 다시 얘기하자고 함.", date(2026, 8, 24)), due=True),
        ],
    ),
    W(
        "育休 to April 2027: due in late April",
        [told("Mariko Sugiura", IKUKYU, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "a March launch crunch vs a September launch that has shipped",
        [
            heard("Kong Yuchen", chat(date(2026, 6, 1), LAUNCH), due=False),
            heard(
                "Tang Shijie",
                chat(
                    date(2026, 5, 25),
                    "we ship in september, crunch till then. ping me after launch pls",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a March launch crunch: due in April",
        [heard("Xie Mengqi", chat(date(2026, 6, 1), LAUNCH), due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "after Golden Week: not due in April",
        [told("Shuhei Kadowaki", GW, due=False)],
        week=date(2027, 4, 19),
    ),
    W(
        "after Golden Week: due in mid-May",
        [told("Emiko Tsuchiya", GW, due=True)],
        week=date(2027, 5, 17),
    ),
    W(
        "new-graduate intake and training to June: not due in late May",
        [told("Makoto Sasahara", NEWGRAD, due=False)],
        week=date(2027, 5, 24),
    ),
    W(
        "new-graduate intake and training to June: due in July",
        [told("Kimiko Oshiro", NEWGRAD, due=True)],
        week=date(2027, 7, 12),
    ),
]

# --- 3. notes full of dates that ask for no wait ---------------------------------------------

NO_WAIT = [
    W(
        "a rambling call note full of holidays and shift dates asks for no wait",
        [
            heard(
                "Norimasa Kitajima",
                logged(
                    LONG_AGO,
                    "Long call. GWは家族で沖縄、お盆は実家の新潟。工場は7/1から4班3交替に"
                    "変更、夜勤は月6回程度。年末年始は12/29-1/4休み。本人: 'タイミングは"
                    "いつでも大丈夫、良い話があれば'.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "back in Shenzhen after 春節, free to talk any time",
        [
            heard(
                "Tao Xiangyu",
                chat(LONG_AGO, "春节回老家了，2月18号回的深圳，现在随时可以聊，有合适的发我。"),
                due=True,
            )
        ],
    ),
    W(
        "Chuseok was lovely, back since the 28th, any time",
        [
            heard(
                "Jin Ha-yoon",
                chat(LONG_AGO, "추석 잘 보냈어요~ 28일부터 출근했고 언제든 연락 주세요!"),
                due=True,
            )
        ],
    ),
    W(
        "back at work from the eighth of Tết, send jobs now",
        [
            heard(
                "Lê Hoàng Yến",
                chat(LONG_AGO, "Tết xong em đi làm lại từ mùng 8 rồi, giờ rảnh, cứ gửi job nha."),
                due=True,
            )
        ],
    ),
    W(
        "'let me finish one year at Hanwha' after joining in October",
        [
            told(
                "Seok Bo-ram",
                ("10월에 한화 입사. 최소 1년은 채우고 싶다고 함.", date(2026, 10, 19)),
                due=False,
            )
        ],
    ),
]

# --- 4. plain restraint ---------------------------------------------------------------------

RESTRAINT = [
    W(
        "a role sent eight days ago vs the same sent half a year ago",
        [
            NotDue(
                "Hotaru Ichinose",
                apps=[JUNE_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(8, outcome="no_reply", note="Sent the Kumamoto etch JD."),
                ],
            ),
            Due(
                "Ayumu Kurosaki",
                apps=[JUNE_2025_FINAL],
                touches=[touch(LONG_AGO, outcome="no_reply", note="Sent the Kumamoto CVD JD.")],
            ),
        ],
    ),
    W(
        "a catch-up call a fortnight ago vs one half a year ago",
        [
            NotDue(
                "Choo Min-seo",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        14,
                        outcome="replied",
                        channel="phone",
                        note="근황 통화. 특별한 건 없음, 잘 지내는 중.",
                    )
                ],
            ),
            Due(
                "Gil Hyun-jun",
                apps=[JUNE_2025_FINAL],
                touches=[
                    touch(
                        180,
                        outcome="replied",
                        channel="phone",
                        note="근황 통화. 별일 없고 잘 지낸다고.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a LINE chat five days ago vs one six months ago",
        [
            NotDue(
                "Sayuri Honjo",
                apps=[JUNE_2025_FINAL],
                touches=[chat(5, "お疲れさまです！最近どうですか？こちらは相変わらずです")],
            ),
            Due(
                "Miyuki Tanigawa",
                apps=[JUNE_2025_FINAL],
                touches=[chat(185, "お疲れさまです！こちらは相変わらずバタバタです")],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into a deletion request",
        [
            heard(
                "Gan Lixin",
                chat(date(2026, 1, 26), "不要再联系我了。"),
                chat(
                    date(2026, 5, 18),
                    "之前说别联系，是因为刚入职心情不好。现在想看看机会，有合适的随时发我。",
                ),
                due=True,
            ),
            heard(
                "Ning Zhaoxuan",
                chat(date(2026, 1, 26), "有机会继续发我哈。"),
                chat(date(2026, 5, 18), "请删除我的个人信息，以后不要再联系。"),
                due=False,
            ),
        ],
    ),
    W(
        "a wait till after 春節 called off early",
        [
            heard(
                "Chiang Pei-ling",
                chat(date(2026, 4, 13), "等年終領完再說，明年春節後吧。"),
                chat(date(2026, 5, 25), "計畫改變了，部門要收掉，現在就可以開始面試！"),
                due=True,
            )
        ],
    ),
    W(
        "'any time' turned into 'after Golden Week'",
        [
            heard(
                "Takeshi Onodera",
                wrote(date(2026, 3, 2), "タイミングはいつでも大丈夫です。"),
                wrote(
                    date(2026, 6, 1),
                    "状況が変わりまして、来年のゴールデンウィーク明けまでは転職活動を控えます。",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a HH's DNC later withdrawn by the candidate herself",
        [
            heard(
                "Eom Ji-woo",
                logged(date(2026, 2, 2), "HH note: cand asked us to stop - DNC set."),
                chat(
                    date(2026, 5, 11),
                    "2월에 연락 그만 달라고 했었는데, 이제 이직 준비하고 있어요. 다시 연락 "
                    "주셔도 돼요!",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT30_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
