"""Held-out weekly reconnect cases, seventy-fifth set: Japanese and South Korean hiring in
recruiters' and candidates' own words, written by a stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at; held-out 10 was opened
for its format only), measured and reported on its own line ("held-out 75").

The recruiters are bilingual agency consultants in Tokyo and Seoul and in-house talent teams at
foreign-affiliated firms, Japanese and Korean manufacturers, game studios and fintechs; the
people are engineers, bilingual sales and product people, fab and automotive engineers, some
foreigners working in Japan or Korea and some Japanese and Koreans abroad. Everyone here is
otherwise due in the week of the case: reached a final interview in May 2025 and lost to one
other person, and was last spoken to long before the week (170 days, past a silver medalist's
cadence), unless the case is about a recent contact. A wait is typed in as a dated motivation,
or sits in a message sent long enough before the week that no recent contact holds the person
back instead.

The voices: formal Japanese emails, LINE and KakaoTalk messages, LinkedIn DMs, romanised
Japanese and Korean, consultants' call memos in Korean and Japanese, English from expats, and
mixed lines. What decides is what they told us:

1. opt-outs (a 個人情報削除 email, an angry KakaoTalk, "すべて停止してください", a consultant's
   DNC in Korean, a polite expat's removal, a bare "No thanks.", romanised Korean, mixed JP/EN
   "もう連絡しないでください"): never listed; beside each a scoped stop that is due (LINE off,
   email please; leave out one company; the メルマガ only; not in 근무시간; a new email address;
   no thanks to the Osaka role; "ima wa chotto"; not the agency's finance desk), and "今は転職
   考えてない" on its own, which is no opt-out;
2. waits counted from the day said and checked both ways: the winter bonus, 설 against 추석,
   Golden Week, 전문연구요원 to next August, notice with 有休消化 to the end of February, an RSU
   vest on March 15, "three months" said a fortnight ago against four months ago, 퇴직금's one
   year in March: not listed while they run, listed once they have; each beside a twin whose
   wait is already over;
3. notes full of dates and past holidays that ask for no wait are due; "1年は腰を据えたい" after
   a new job is not;
4. plain restraint: a call last week, a KakaoTalk JD five days ago and a カジュアル面談 twelve days
   ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into deletion
   is not; "not till April" called off is due and "any time" hardened into "not till next summer"
   is not; a consultant's DNC withdrawn by the candidate is due; a 설 wait called off in a later
   note is due; a "連絡不要" taken back is due and a "keep me posted" followed by a deletion
   email is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 19),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def quiet() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email", kind="check_in") -> dict:
    """Their own message (email, or LINE / KakaoTalk with ``channel="other"``), as typed."""
    return touch(days, "inbound", "replied", kind, note=note, channel=channel)


def logged(days, note) -> dict:
    """A consultant's memo in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due, where="Tokyo, Japan") -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[quiet()], location=where)


def heard(name, *touches, due, where="Tokyo, Japan") -> Person:
    """Someone otherwise due whose words are in messages and memos."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches), location=where)


SEOUL = "Seoul, South Korea"

# --- 1. opt-outs, each beside a scoped stop that is due ---------------------------------------

OPT_OUTS = [
    W(
        "opt-out: a 個人情報削除 email vs LINE off, email please",
        [
            heard(
                "Kurosawa Eiji",
                wrote(
                    LONG_AGO,
                    "お世話になっております。転職活動を終了いたしましたので、登録情報を削除のうえ、"
                    "今後のご連絡はご遠慮いただけますでしょうか。よろしくお願いいたします。",
                ),
                due=False,
            ),
            heard(
                "Tanabe Minori",
                wrote(
                    LONG_AGO,
                    "LINEは仕事用じゃないので、今後はメールでお願いします！案件情報は引き続きほしい"
                    "です。",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: an angry KakaoTalk vs leave out her old company only",
        [
            heard(
                "Gong Hyo-rim",
                wrote(LONG_AGO, "연락 그만 하세요 진짜. 몇 번째예요. 번호 지워주세요", "other"),
                due=False,
                where=SEOUL,
            ),
            heard(
                "Seok Ha-rin",
                wrote(
                    LONG_AGO,
                    "네이버 포지션만 빼고 보내주세요~ 거기 전 직장이라서요 ㅎㅎ 다른 건 다 환영!",
                    "other",
                ),
                due=True,
                where=SEOUL,
            ),
        ],
    ),
    W(
        "opt-out: stop everything vs stop the メルマガ only",
        [
            heard(
                "Ninomiya Sho",
                wrote(LONG_AGO, "メルマガも個別のご連絡も、すべて停止してください。"),
                due=False,
            ),
            heard(
                "Aikawa Yoshie",
                wrote(
                    LONG_AGO,
                    "メルマガの配信停止をお願いします。個別のご紹介は引き続き歓迎です。",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: a consultant's DNC in Korean vs no calls in 근무시간",
        [
            heard(
                "Tak Jae-hoon",
                logged(
                    LONG_AGO,
                    "통화함. 후보자 본인이 앞으로 당사 연락 원치 않는다고 명확히 말함. DNC 처리.",
                ),
                due=False,
                where=SEOUL,
            ),
            heard(
                "Pyeon Mi-rae",
                logged(
                    LONG_AGO,
                    "통화함. 근무시간(9-6)에는 전화 곤란, 메일이나 카톡 선호. 이직 의향 있음.",
                ),
                due=True,
                where=SEOUL,
            ),
        ],
    ),
    W(
        "opt-out: a polite expat asks to be removed vs a new email address for the file",
        [
            heard(
                "Gregory Hallam",
                wrote(
                    LONG_AGO,
                    "Thank you for everything, but I've decided to stay with my company "
                    "long-term. Please remove me from your candidate database and don't contact "
                    "me about roles.",
                ),
                due=False,
            ),
            heard(
                "Anneliese Vogt",
                wrote(
                    LONG_AGO,
                    "Please use my personal address from now on - the old one is my work email. "
                    "Still keen to hear about roles in Tokyo!",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: 'No thanks.' to our outreach vs no thanks to the Osaka role",
        [
            heard(
                "Okubo Yasuhiro",
                wrote(LONG_AGO, "No thank you.", kind="re_engagement"),
                due=False,
            ),
            heard(
                "Maruyama Keiko",
                wrote(
                    LONG_AGO,
                    "No thanks to the Osaka one - Tokyo or remote only for me.",
                    kind="re_engagement",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: romanised Korean 'yeollak hajimasipsio' vs romanised 'ima wa chotto'",
        [
            heard(
                "Yoon Jae-suk",
                wrote(LONG_AGO, "yeollak hajimasipsio. gwansim eopseumnida.", "linkedin"),
                due=False,
                where=SEOUL,
            ),
            heard(
                "Kamiya Rin",
                wrote(
                    LONG_AGO,
                    "ima wa chotto isogashii desu ga, ii hanashi ga areba zehi oshiete kudasai!",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: mixed 'もう連絡しないでください' vs not the agency's finance desk",
        [
            heard(
                "Sho Tanimoto",
                wrote(
                    LONG_AGO,
                    "Honestly, もう連絡しないでください。Not interested, never will be.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Kenta Obara",
                wrote(
                    LONG_AGO,
                    "Your colleague on the finance desk keeps sending me accounting roles - I'm "
                    "an engineer! Could you ask them to stop? Your backend roles are welcome.",
                ),
                due=True,
            ),
        ],
    ),
]

# Not an opt-out at all: not looking now, yet any good role is welcome (due). Kept apart from the
# opt-out pairs, each of which keeps one person off the list.
NOT_AN_OPT_OUT = [
    W(
        "opt-out: '今は転職考えてない' is no opt-out",
        [
            heard(
                "Hirota Kazuma",
                wrote(
                    LONG_AGO,
                    "今は転職考えてないですが、いい話があればいつでも聞きます。",
                    "other",
                ),
                due=True,
            )
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

WINTER_BONUS = ("冬のボーナス（12月）をもらってから動きたい、面談は年明けで。", date(2026, 10, 14))
SEOLLAL = ("설 연휴 지나고 연락 주세요, 지금 양산 대응 중이라서요", date(2026, 11, 10))
GOLDEN_WEEK = (
    "今期は案件が立て込んでいるので、GW明けにまた声をかけてほしいとのこと。",
    date(2026, 11, 9),
)
NOTICE_FEB = (
    "退職届を提出済み。有休消化で2月末まで在籍、3月以降の入社希望。それまでは選考も控えたいとの"
    "こと。",
    date(2026, 11, 16),
)
RSU_VEST = ("Not moving before my RSU vest on March 15. Ping me after that.", date(2026, 9, 28))
SEVERANCE_YEAR = (
    "입사 7개월차. 퇴직금 때문에 1년은 채우고 싶다고, 내년 3월 지나서 연락 달라고 함.",
    date(2026, 10, 20),
)

WAITS = [
    W(
        "wait: after the winter bonus, said this October vs the same said last October",
        [
            said("Asano Tomohiro", WINTER_BONUS, due=False),
            said(
                "Hosoda Ryuji",
                (
                    "冬のボーナス（12月）をもらってから動きたい、面談は年明けで。",
                    date(2025, 10, 15),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "wait: after the winter bonus, said in October: due in January",
        [said("Kawashima Yuki", WINTER_BONUS, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "wait: after 설, said in November vs after 추석, said in August",
        [
            said("Eom Tae-woong", SEOLLAL, due=False, where=SEOUL),
            said(
                "Gil Seung-yeon",
                ("추석 연휴 지나고 연락 주세요, 지금 양산 대응 중이라서요", date(2026, 8, 17)),
                due=True,
                where=SEOUL,
            ),
        ],
    ),
    W(
        "wait: after 설: not due in late January",
        [said("Kook Ji-yeon", SEOLLAL, due=False, where=SEOUL)],
        week=date(2027, 1, 25),
    ),
    W(
        "wait: after 설: due in late February",
        [said("Wi Sung-hoon", SEOLLAL, due=True, where=SEOUL)],
        week=date(2027, 2, 22),
    ),
    W(
        "wait: GW明け, said this month vs GW明け, said in February",
        [
            said("Ohashi Mari", GOLDEN_WEEK, due=False),
            said(
                "Tsutsui Kaho",
                (
                    "今期は案件が立て込んでいるので、GW明けにまた声をかけてほしいとのこと。",
                    date(2026, 2, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "wait: GW明け, said in November: due in mid-May",
        [said("Nakahara Saya", GOLDEN_WEEK, due=True)],
        week=date(2027, 5, 17),
    ),
    W(
        "wait: 전문연구요원 until next August vs service finished this August",
        [
            said(
                "Maeng Hyun-seok",
                (
                    "전문연구요원 복무 중 - 2027년 8월 소집해제 예정. 그 전엔 이직 불가.",
                    date(2026, 9, 14),
                ),
                due=False,
                where=SEOUL,
            ),
            said(
                "Pi Jun-young",
                ("전문연구요원 2026년 8월 소집해제 완료. 이제 이직 가능.", date(2026, 9, 14)),
                due=True,
                where=SEOUL,
            ),
        ],
    ),
    W(
        "wait: notice and 有休消化 to the end of February: not due in early February",
        [said("Yoshimura Kanata", NOTICE_FEB, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "wait: notice and 有休消化 to the end of February: due in March",
        [said("Takei Mayumi", NOTICE_FEB, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "wait: an RSU vest on March 15: not due at the start of March",
        [said("Siddharth Hegde", RSU_VEST, due=False)],
        week=date(2027, 3, 1),
    ),
    W(
        "wait: an RSU vest on March 15: due at the end of March",
        [said("Julien Mercier", RSU_VEST, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "wait: 'three months, please', said a fortnight ago vs four months ago",
        [
            said(
                "Kashiwagi Ren",
                ("3ヶ月くらい時間ください、新しいチームに慣れるまで。", 14),
                due=False,
            ),
            said(
                "Nozaki Itsuki",
                ("3ヶ月くらい時間ください、新しいチームに慣れるまで。", 125),
                due=True,
            ),
        ],
    ),
    W(
        "wait: 퇴직금's year falls in March vs fell in September",
        [
            said("Yeon Woo-ri", SEVERANCE_YEAR, due=False, where=SEOUL),
            said(
                "Ok Seo-yoon",
                (
                    "9월에 입사 1년 채움. 퇴직금 조건 충족, 이제 언제든 이직 가능하다고 함.",
                    date(2026, 10, 20),
                ),
                due=True,
                where=SEOUL,
            ),
        ],
    ),
    W(
        "wait: 퇴직금's year falls in March: due in April",
        [said("Ju Ha-neul", SEVERANCE_YEAR, due=True, where=SEOUL)],
        week=date(2027, 4, 5),
    ),
]

# --- 3. notes full of dates that ask for no wait, and one that does ---------------------------

NO_WAIT = [
    W(
        "wait: a memo full of dates that asks no wait vs a year to settle in",
        [
            said(
                "Ikegami Shota",
                (
                    "2021/4入社、2024/10リーダー昇格、11/3まで大阪出張。今はいつでも話せる、"
                    "平日19時以降希望。",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            said(
                "Wakabayashi Nao",
                (
                    "10/1に転職したばかり。1年は腰を据えたいので、それまでは連絡不要とのこと。",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "wait: 개천절 and a quarter close behind her, free from November",
        [
            said(
                "Ham Ye-eun",
                (
                    "10/3 개천절 연휴에 부산 다녀왔고 10월 말 분기 마감도 끝남. 11월부터 언제든 "
                    "통화 가능.",
                    date(2026, 11, 9),
                ),
                due=True,
                where=SEOUL,
            )
        ],
    ),
    W(
        "wait: Obon, Silver Week and 추석 all behind him",
        [
            said(
                "Patrick Cullinane",
                (
                    "Back from Obon in Kagoshima, Silver Week in Hokkaido and a week in Daegu "
                    "for 추석 with his wife's family - all done, free to interview any time.",
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
        "restraint: a catch-up call last week vs one in June",
        [
            NotDue(
                "Matsuura Daigo",
                apps=[MAY_2025_FINAL],
                touches=[
                    quiet(),
                    touch(
                        6,
                        outcome="replied",
                        channel="phone",
                        note="TEL。近況確認、特に変化なし。良い案件があれば、とのこと。",
                    ),
                ],
                location="Tokyo, Japan",
            ),
            Due(
                "Kouno Ayaka",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="replied",
                        channel="phone",
                        note="TEL。近況確認、特に変化なし。良い案件があれば、とのこと。",
                    )
                ],
                location="Tokyo, Japan",
            ),
        ],
    ),
    W(
        "restraint: a KakaoTalk JD five days ago, unanswered vs one in May",
        [
            NotDue(
                "Bong Seon-mi",
                apps=[MAY_2025_FINAL],
                touches=[
                    quiet(),
                    touch(
                        5,
                        outcome="no_reply",
                        channel="other",
                        note="카톡으로 판교 백엔드 JD 전달. 읽음, 답 없음.",
                    ),
                ],
                location=SEOUL,
            ),
            Due(
                "Cheon Da-bin",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="no_reply",
                        channel="other",
                        note="카톡으로 판교 백엔드 JD 전달. 읽음, 답 없음.",
                    )
                ],
                location=SEOUL,
            ),
        ],
    ),
    W(
        "restraint: a カジュアル面談 twelve days ago vs one in the spring",
        [
            NotDue(
                "Sawamura Kei",
                apps=[MAY_2025_FINAL],
                touches=[
                    quiet(),
                    touch(
                        12,
                        "inbound",
                        outcome="interested",
                        channel="meeting",
                        note="カジュアル面談実施。情報収集中、良い案件があれば前向き。",
                    ),
                ],
                location="Tokyo, Japan",
            ),
            Due(
                "Moriya Haruki",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        "inbound",
                        outcome="interested",
                        channel="meeting",
                        note="カジュアル面談実施。情報収集中、良い案件があれば前向き。",
                    )
                ],
                location="Tokyo, Japan",
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "latest word: a KakaoTalk stop taken back vs 'keep me posted' hardened into deletion",
        [
            heard(
                "Sung Ye-jun",
                wrote(date(2026, 2, 2), "연락하지 마세요", "other"),
                wrote(
                    date(2026, 6, 15),
                    "2월엔 제가 너무 예민했어요, 죄송해요. 이제 이직 알아보는 중이라 포지션 있으면 "
                    "연락 주세요!",
                ),
                due=True,
                where=SEOUL,
            ),
            heard(
                "Tae Ha-young",
                wrote(date(2026, 2, 2), "지금은 아니지만 좋은 자리 있으면 알려주세요"),
                wrote(
                    date(2026, 6, 15),
                    "제 개인정보 삭제해 주시고 앞으로 연락하지 말아 주세요.",
                ),
                due=False,
                where=SEOUL,
            ),
        ],
    ),
    W(
        "latest word: 'not till April' called off after a layoff notice",
        [
            heard(
                "Fukumoto Jun",
                wrote(date(2026, 5, 11), "来年4月まではプロジェクトで動けません。"),
                wrote(
                    date(2026, 7, 6),
                    "状況が変わりました。会社都合で退職になりそうなので、今すぐ動けます。4月の件は"
                    "撤回で！",
                ),
                due=True,
            )
        ],
    ),
    W(
        "latest word: 'any time' hardened into 'not till next summer'",
        [
            heard(
                "Koyama Natsuki",
                wrote(date(2026, 5, 11), "いつでもお話しできます！"),
                wrote(
                    date(2026, 7, 6),
                    "すみません、新規事業の立ち上げを任されたので、来年の夏までは動けなくなりました。",
                ),
                due=False,
            )
        ],
    ),
    W(
        "latest word: a consultant's DNC later withdrawn by the candidate",
        [
            heard(
                "Ogasawara Tetsuya",
                logged(date(2026, 1, 19), "本人より強い口調で連絡拒否。DNC設定。"),
                wrote(
                    date(2026, 6, 8),
                    "1月は失礼な言い方をしてすみませんでした。状況が変わって転職を考えています。"
                    "ぜひまたご連絡ください。",
                ),
                due=True,
            )
        ],
    ),
    W(
        "latest word: a 설 wait called off in a later note",
        [
            said(
                "Jin Hye-won",
                ("설 지나고 연락 주세요", date(2026, 10, 5)),
                (
                    "설까지 기다릴 필요 없어요 - 팀이 해체돼서 지금 바로 이직 가능",
                    date(2026, 11, 2),
                ),
                due=True,
                where=SEOUL,
            )
        ],
    ),
    W(
        "latest word: '連絡不要' taken back vs 'keep me posted' then a deletion email",
        [
            Due(
                "Hoshikawa Yuri",
                ("連絡不要とのこと。", date(2026, 2, 2)),
                apps=[MAY_2025_FINAL],
                touches=[
                    wrote(
                        date(2026, 6, 1),
                        "以前は連絡不要とお伝えしましたが、やはりお話を伺いたいです。またご連絡"
                        "いただけると嬉しいです。",
                    )
                ],
                location="Tokyo, Japan",
            ),
            NotDue(
                "Kishimoto Aya",
                ("良い案件があれば教えてほしいとのこと。", date(2026, 2, 2)),
                apps=[MAY_2025_FINAL],
                touches=[
                    wrote(
                        date(2026, 6, 1),
                        "今後のご連絡は不要です。登録情報も削除してください。",
                    )
                ],
                location="Tokyo, Japan",
            ),
        ],
    ),
]

HELDOUT75_WEEKLY_CASES: list[WeeklyCase] = [
    *OPT_OUTS,
    *NOT_AN_OPT_OUT,
    *WAITS,
    *NO_WAIT,
    *RESTRAINT,
    *LATEST,
]
