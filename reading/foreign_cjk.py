"""Japanese, Korean and Chinese (Mandarin and Cantonese) cue phrases, rewritten into the English
the rules know: opt-outs ("今後一切ご連絡いただかなくて結構です", "더 이상 연락하지 마세요",
"唔好再搵我", "请不要再联系我"), waits tied to a holiday or a bonus ("GW明けまで", "설 연휴 지나고",
"春节后", "冬のボーナスをもらってから"), and the words of a few facets (on-call, nights, business
trips, remote work, managing, company size, transfers).

These scripts put no spaces between words and say "after" after the holiday, so each pattern is
a whole construction ("X明け", "X 지나고", "X后") rewritten at once, padded with spaces so the
English stands apart from the characters around it. ``reading.foreign`` matches them without word
boundaries (every pattern starts with ``CJK``) and only in a text holding one of these scripts.

Rules of the table, as in ``reading.foreign``: a refusal of contact must say "any more", "again",
"from now on" or ask to delete the person's details; one scoped to a time, a channel or this role
("夜は連絡しないで", "전화 말고 카톡으로", "这个职位我不考虑") has no entry and stays unread. A holiday
named with no word of waiting ("설에도 바쁘겠지만": busy at Seollal too) is no wait.
"""

from __future__ import annotations

import re

# Marks a pattern matched without word boundaries (``reading.foreign._bounded``).
CJK = "(?#cjk)"
# Any character of these scripts: hiragana, katakana, CJK ideographs, Hangul.
SCRIPT = r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"

# --- opt-outs -------------------------------------------------------------------------------

# "from now on", "any more", "never again", "at all"
# "今後は一切のご連絡を": the "from now on" may carry its particle and "any" its "の"
_JA_MORE = r"(?:(?:今後|以後)(?:は|とも)?(?:、|，)?(?:一切(?:の)?)?|もう(?:二度と)?|二度と|これ以上|一切(?:の)?)"
_JA_CONTACT = (
    # "求人のご連絡", "案件に関するご連絡": what the contact is about, roles in general
    r"(?:(?:求人|案件|お仕事|仕事|転職)(?:の|に関する|についての)(?=ご?連絡|ご?案内))?"
    r"(?:ご連絡|連絡|ご案内|案内|メール|電話|LINE|求人(?:の)?(?:ご)?(?:紹介|案内)?|スカウト)"
)
_JA_REFUSE = (
    r"(?:(?:いただかなくて|頂かなくて|しなくて|くださらなくて)(?:結構|大丈夫|けっこう)(?:です)?|"
    r"(?:は|も)?(?:不要|いりません|要りません|結構です|ご遠慮(?:ください|願います)|お控えください|"
    # "ご連絡を控えていただけますようお願いいたします": the request in the polite register
    # "...いただけますと幸いです", "...いただけると助かります": the same request, hoped for
    r"を?(?:お控え|(?:お)?控えて)(?:ください|下さい|いただけますよう|いただきますよう|いただきたく|いただければ|"
    r"いただけますと|いただけると|いただけたら)|"
    r"(?:を|は)?ご遠慮(?:いただけますよう|いただきますよう|いただきたく|いただければ|いただけますと|"
    r"いただけると|いただけたら|願えますと|願えれば)|"
    r"しないで(?:ください|下さい|ほしい)?|しないでいただけ(?:ます|ません)か|やめて(?:ください|下さい)?))"
)
_JA_MINE = r"(?:登録(?:情報|データ)?|個人情報|データ|情報|履歴書|職務経歴書|連絡先|アカウント|私の(?:情報|データ|個人情報))"
# "削除をお願いします", "削除もお願いいたします" (as well as the stop before it)
_JA_DELETE = r"(?:削除|消去|抹消)(?:して(?:ください|下さい|ほしい)|(?:を|も)?お願い|希望|願います)"

_KO_MORE = r"(?:더 ?이상|다시는|다시|앞으로(?: 절대)?|이제(?: 그만)?|절대)"
_KO_CONTACT = r"(?:연락|전화|문자|카톡|메시지|메일|제안|포지션 ?제안)"
_KO_DONT = (
    r"(?:하지 ?마(?:세요|시고|십시오|시기 ?바랍니다|라|요)?|하지 ?말아 ?(?:주세요|주십시오|줘요?|주시기 ?바랍니다)|"
    r"(?:은|는)? ?(?:사양|거절)(?:합니다|할게요|해요)|주지 ?(?:마세요|마십시오|말아 ?주세요)|안 ?(?:주셨으면|하셨으면|받고 ?싶|"
    r"받을게요|받겠습니다))"
)
_KO_MINE = r"(?:제|저의|내) ?(?:번호|전화번호|연락처|정보|개인 ?정보|이력서|데이터)"
_KO_DELETE = r"(?:도|를|은|는)? ?(?:삭제|지워)(?: ?(?:부탁(?:드립니다|드려요|해요)?|해 ?주세요|해주세요|바랍니다|요|주세요))"

_ZH_PLEASE = r"(?:请|請|麻烦|麻煩|唔该|唔該|拜托|拜託)?(?:你们|你們|你|您)?"
_ZH_LATER = r"(?:以后|以後|今后|今後|往后|往後)?"
_ZH_DONT_AGAIN = r"(?:不要再|别再|別再|唔好再|勿再|不用再|无需再|無需再|不必再)"
_ZH_CONTACT = (
    r"(?:联系|聯繫|聯絡|联络|找|搵|打扰|打擾|骚扰|騷擾|发(?:消息|信息|邮件|职位)?|發(?:消息|信息|郵件|職位)?|"
    r"打(?:电话|電話)?(?:给|俾|畀)?|call|WhatsApp|微信|message|send)"
)
_ZH_MINE = (
    r"我(?:的|嘅)?(?:所有)?(?:简历|簡歷|资料|資料|信息|資訊|个人信息|個人資料|個人信息|号码|號碼|联系方式|聯絡方式|"
    r"电话|電話|CV)(?:和(?:资料|資料|信息|简历|簡歷))?"
)
_ZH_DELETE = r"(?:删掉|删除|刪除|刪掉|删了|刪咗|删咗|移除)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # Japanese
    (rf"{CJK}{_JA_MORE}(?:の|は|も)?{_JA_CONTACT}{_JA_REFUSE}", " please do not contact me again "),
    (rf"{CJK}{_JA_CONTACT}(?:は|を|も)?{_JA_MORE}{_JA_REFUSE}", " please do not contact me again "),
    (rf"{CJK}{_JA_MINE}(?:の|を|も|は)?{_JA_DELETE}", " please delete my details "),
    (
        rf"{CJK}(?:配信|メール配信|送信)?(?:停止|拒否)(?:して(?:ください|下さい)|をお願い|お願いします|希望)(?![^。]*(?:メルマガ|ニュースレター))",
        " stop contacting me ",
    ),
    # Korean
    (
        rf"{CJK}{_KO_MORE} ?{_KO_CONTACT}(?:을|를|은|는|도)? ?{_KO_DONT}",
        " please do not contact me again ",
    ),
    (
        rf"{CJK}{_KO_MORE} ?{_KO_CONTACT}(?:을|를|은|는|도)? ?(?:하지 않으셨으면|안 ?하셨으면|안 ?주셨으면)",
        " please do not contact me again ",
    ),
    (
        rf"{CJK}(?:수신 ?거부|연락 ?거부)(?:합니다|할게요|해요|하겠습니다|요)?",
        " please do not contact me again ",
    ),
    # "연락 그만하세요", "제안 좀 그만 주세요": "enough of the contact" is a stop as such (a
    # channel's "전화는 그만" is not: the phone alone)
    (
        rf"{CJK}(?<!관련 )(?<!관련)(?:연락|제안|메시지) ?(?:은|는|좀|은 좀|는 좀)? ?그만 ?(?:하세요|해 ?주세요|해 ?주십시오|하십시오|해요|해|주세요|보내세요|보내 ?주세요)",
        " please do not contact me again ",
    ),
    (rf"{CJK}{_KO_MINE}{_KO_DELETE}", " please delete my details "),
    # Chinese and Cantonese
    (
        rf"{CJK}{_ZH_PLEASE}(?:以后|以後|今后|今後|往后|往後)(?:都)?(?:不要|别|別|唔好|勿)(?:再)?{_ZH_CONTACT}(?:我|我了)?(?=[了啦喇啊。！!，,\s]|$)",
        " please do not contact me again ",
    ),
    (
        rf"{CJK}{_ZH_PLEASE}{_ZH_LATER}{_ZH_DONT_AGAIN}(?:给我|給我|俾我|畀我)?{_ZH_CONTACT}(?:我|我了)?(?=[了啦喇啊。！!，,\s]|$)",
        " please do not contact me again ",
    ),
    (
        rf"{CJK}{_ZH_PLEASE}(?:把|將|将)?{_ZH_MINE}(?:都|全部|全部都)?{_ZH_DELETE}",
        " please delete my details ",
    ),
    (rf"{CJK}{_ZH_PLEASE}{_ZH_DELETE}{_ZH_MINE}", " please delete my details "),
    # "把我删了吧", "將我刪咗": delete me (from the list), said of the person, nothing between
    (
        rf"{CJK}{_ZH_PLEASE}(?:把|將|将)我(?:删了|删掉|删除|刪了|刪掉|刪除|删咗|刪咗)",
        " please delete my details ",
    ),
    # a stop taken back: "有職位可以再搵我", "また連絡してください", "다시 연락 주셔도 돼요"
    (
        rf"{CJK}(?:可以|可|都可以|歡迎|欢迎)再?(?:搵|找|联系|聯絡|聯繫|联络)(?:返)?我",
        " you can contact me again ",
    ),
    (
        rf"{CJK}(?:また|再度|改めて)(?:ご)?連絡(?:ください|下さい|してください|していただいて(?:大丈夫|構いません))",
        " you can contact me again ",
    ),
    (
        rf"{CJK}다시 ?연락(?: ?주셔도 ?(?:돼요|됩니다|괜찮아요)| ?주세요| ?해 ?주세요| ?주시면)",
        " you can contact me again ",
    ),
    # "좋은 자리 있으면 연락 주세요": roles asked for, as "有職位可以再搵我" above
    (
        rf"{CJK}(?:좋은 ?)?(?:자리|포지션|기회|제안)(?:가|이)? ?(?:있으면|생기면) ?(?:언제든(?:지)? ?)?연락 ?(?:주세요|주셔도 ?(?:돼요|됩니다)|해 ?주세요)",
        " you can contact me again ",
    ),
)

# A text that opts out above only with a time or a channel before "don't contact": "夜は連絡しないで"
# needs an "any more" word and so is not here at all.

# --- waits ----------------------------------------------------------------------------------

# (holiday in the note, the English name the wait rules know)
_HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"ゴールデンウィーク|ゴールデン・ウィーク|GW|大型連休", "golden week"),
    (r"お盆|盆休み", "obon"),
    (r"年末年始|お正月|正月", "christmas"),
    (
        r"설날|설|구정|春节|春節|农历新年|農曆新年|农历年|農曆年|旧正月|新年|过年|過年",
        "the lunar new year",
    ),
    (r"추석|한가위|中秋(?:节|節)?", "chuseok"),
    (r"ラマダン|라마단|斋月|齋月", "ramadan"),
    (r"ディワリ|디왈리", "diwali"),
)
# the bonus a Japanese or Korean salary pays in summer (June) and winter (December)
_BONUSES: tuple[tuple[str, str], ...] = (
    (
        r"冬(?:の|季)?(?:ボーナス|賞与)|年末(?:の)?(?:ボーナス|賞与)|12月(?:の)?(?:ボーナス|賞与)",
        "the december bonus",
    ),
    (r"夏(?:の|季)?(?:ボーナス|賞与)|6月(?:の)?(?:ボーナス|賞与)", "the june bonus"),
)
_PAREN = r"(?:[（(][^）)]{0,12}[）)])?"
_JA_AFTER = (
    r"(?:明け|あけ|が明けて|が明けたら|後|以降|の後|のあと|が終わって|が終わったら|終わって|過ぎ|すぎ|を過ぎて|"
    r"を?(?:もらって|貰って|受け取って)から|が?(?:出て|出た|支給されて)から|が?出たら|支給後)"
)
_KO_AFTER = (
    r" ?(?:연휴 ?)?(?:지나고|지나서|지나면|지난 ?(?:후|뒤)에?|끝나고|끝나면|끝난 ?(?:후|뒤)에?|이후에?|후에?|뒤에?|"
    r"쇠고|받고|받은 ?(?:후|뒤)에?|나오면|나오고)"
)
_ZH_AFTER = r"(?:后|後|以后|以後|之后|之後|过后|過後|完|結束後|结束后)"
_UNTIL = r"(?:まで(?:は)?|までに|까지(?:는)?|之前|以前)"


def _waits() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for pattern, english in _HOLIDAYS + _BONUSES:
        if english == "the lunar new year":
            # "过完年", "過咗年", and "年后" (a lone "年" is the new year only so)
            out.append(
                (
                    rf"{CJK}(?:过完|過完|过了|過了|過咗|过咗)(?:{pattern}|年)",
                    " after the lunar new year ",
                )
            )
            out.append((rf"{CJK}(?<![\u4e00-\u9fff])年(?:后|後)", " after the lunar new year "))
        after = (
            rf"{CJK}(?:{pattern}){_PAREN}(?:の|が|を|は)?(?:{_JA_AFTER}{_UNTIL}|{_KO_AFTER}까지|"
        )
        after += rf"{_JA_AFTER}|{_KO_AFTER}|{_ZH_AFTER})"
        out.append((after, f" after {english} "))
        if english.endswith("bonus"):
            # "冬のボーナスが12月10日に出るので、それまでは待って": waiting till then
            out.append(
                (
                    rf"{CJK}(?:{pattern}){_PAREN}(?:が|は)?[^。.!！]{{0,16}}?(?:それまで|その後|それから)",
                    f" after {english} ",
                )
            )
        out.append((rf"{CJK}(?:{pattern}){_PAREN}(?: 연휴)?{_UNTIL}", f" until {english} "))
    return tuple(out)


_EN_MONTHS = (
    "january february march april may june july august september october november december".split()
)
# Part of a month: "1月中旬" (mid-January), "3月末" (the end of March).
_JA_PART = r"(?:上旬|初旬|初め|頭|中旬|下旬|半ば)?"
# From a month on, asked for: "1月中旬以降にご連絡ください", "4月になったらお願いします" - a wait
# only with the request after it ("1月以降ずっと忙しい" is not one).
_JA_FROM = r"(?:以降|過ぎ|すぎ|になってから|になったら|に入ってから|に入ったら)"
_JA_ASKED = r"(?:に|は|で|、)?(?:なら)?(?:ご連絡|連絡|お願い|お声がけ|声をかけて|動け|お話|面談|面接|話を聞|検討)"


def _month_waits() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for n, month in enumerate(_EN_MONTHS, 1):
        wide = "".join(chr(0xFF10 + int(d)) for d in str(n))
        number = rf"(?<![\d０-９])(?:{n}|{wide})月"
        out.append(
            (
                rf"{CJK}{number}(?:末|終わり){_JA_FROM}(?={_JA_ASKED})",
                f" get in touch after {month} ",
            )
        )
        out.append(
            (rf"{CJK}{number}{_JA_PART}{_JA_FROM}(?={_JA_ASKED})", f" get in touch from {month} ")
        )
    return tuple(out)


WAITS = _waits() + _month_waits()

# Korean pay: 억 is a hundred million won, 천 (of 만) ten million, 백 (of 만) a million, 만 ten
# thousand; "이상" after it is "or more", "(이)면 충분" "would be enough".
_KO_PAY = (
    r"(?P<ko_per>연봉|월급|월|연)? ?(?=\d)(?:(?P<ko_eok>\d+(?:\.\d)?) ?억)? ?(?:(?P<ko_cheon>\d+) ?천)? ?"
    r"(?:(?P<ko_baek>\d+) ?백)? ?(?:(?P<ko_man>\d+) ?)?(?:만 ?원?)?(?<=[억천백만원])"
    r"(?P<ko_more> ?이상)?(?P<ko_enough>(?:이)?면 ?(?:충분|괜찮|OK))?"
)
KO_PAY = "{ko-pay}"
_KO_PAY_RE = re.compile(_KO_PAY)
# The same without its groups, for the table (whose entries are told apart by group number); a
# figure is pay only as a salary (연봉, 월급) or in won ("2천 명" is two thousand people).
_KO_PAY_BARE = (
    r"(?:(?:연봉|월급|월|연) ?(?=\d)(?:\d+(?:\.\d)? ?억)? ?(?:\d+ ?천)? ?(?:\d+ ?백)? ?(?:\d+ ?)?(?:만 ?원?)?"
    r"(?<=[억천백만원])|(?:\d+(?:\.\d)? ?억)? ?(?:\d+ ?천)? ?(?:\d+ ?백)? ?(?:\d+ ?)?만 ?원)"
    r"(?: ?이상)?(?:(?:이)?면 ?(?:충분|괜찮|OK))?"
)


def korean_pay(said: str) -> str:
    """ "연봉 9천 이상" -> " at least ₩90000000 a year "."""
    m = _KO_PAY_RE.match(said)
    if not m:
        return " "
    man = (
        float(m["ko_eok"] or 0) * 10_000
        + int(m["ko_cheon"] or 0) * 1_000
        + int(m["ko_baek"] or 0) * 100
        + int(m["ko_man"] or 0)
    )
    if not man:
        return " "
    period = " a month" if m["ko_per"] in ("월급", "월") else " a year"
    cue = "at least " if m["ko_more"] else "would be happy with " if m["ko_enough"] else ""
    return f" {cue}₩{int(man * 10_000)}{period} "


# --- the words of other facets ----------------------------------------------------------------

WORDS: tuple[tuple[str, str], ...] = (
    # pay in Korean units: "연봉 9천 이상" (90 million won a year or more), "연봉 7천5백이면 충분",
    # "연봉 1억 2천", "월급 500만원" - ``korean_pay`` writes the amount out
    (rf"{CJK}{_KO_PAY_BARE}", KO_PAY),
    # mobile work: "React Nativeでモバイルをやりたい", "モバイルはやりません", "모바일 개발은 안 해요"
    (
        rf"{CJK}(?:モバイル|スマホアプリ|모바일|移动端|移動端)(?:アプリ|앱|开发|開發|개발)?(?:は|も|은|는|也)? ?(?:やりません|やりたくない|嫌です|NG|안 ?(?:해요|할래요)|싫어요|不做|唔做|不想做)",
        " no mobile apps ",
    ),
    (
        rf"{CJK}(?:モバイル|スマホアプリ|모바일|移动端|移動端)(?:アプリ|앱|开发|開發|개발)?",
        " mobile apps ",
    ),
    (rf"{CJK}(?:Web|ウェブ|웹)(?:のみ|だけ|만)(?:希望)?(?:です)?", " web only "),
    (rf"{CJK}(?:を|을|를)?(?:やりたい(?:です)?|하고 ?싶어요|想做)", " wanted "),
    # schedule: on-call ("온콜", "オンコール", "当番"), nights ("夜勤", "三交替")
    (
        rf"{CJK}(?:온콜|on-?call|オンコール|待機当番|值班|on call)(?:은|는|이|가|도|を|は|が|も)?(?: ?있는 ?(?:자리|회사|곳|포지션)(?:는|은)?)? ?(?:안 ?(?:갈래요|가요|해요|할래요|돼요|됩니다)|못 ?(?:하겠어요|해요|합니다|하겠습니다)|싫어요|싫습니다|사절|不可|無理|できません|嫌です|もう嫌|NG|不要|不做|唔做)",
        " no on-call ",
    ),
    (
        rf"{CJK}(?:온콜|オンコール|值班)(?:은|는|이|가|도|を|は|が|も)? ?(?:괜찮아요|괜찮습니다|가능(?:해요|합니다)?|OK|大丈夫|可|問題ありません|冇問題|没问题|沒問題)",
        " on-call is fine ",
    ),
    (
        rf"{CJK}(?:夜勤|夜班|夜更|夜間勤務|야간 ?근무|야간)(?:が|は)?(?:嫌|いや|イヤ)(?:な)?(?:わけ|訳)(?:では|じゃ)(?:ない|ありません)",
        " i don't mind night shifts ",
    ),
    (
        rf"{CJK}(?:夜勤|夜班|夜間勤務|야간 ?근무)(?:は|が|也|은|는)?(?:もう)?(?:嫌|いや|イヤ|無理|できません|不可|NG|不做|唔做|싫어요|안 ?돼요|못 ?해요)",
        " no night shifts ",
    ),
    (
        rf"{CJK}(?:夜勤|夜班|야간 ?근무)(?:も|は|也|도)?(?:OK|大丈夫|可|問題ない|問題ありません|平気|没问题|沒問題|괜찮아요)",
        " night shifts are fine ",
    ),
    (
        rf"{CJK}(?:三交替|三交代|3交替|3交代|二交替|二交代|交替勤務|交代勤務|三班倒|轮班|輪班|교대 ?근무|3교대)",
        " shifts ",
    ),
    (rf"{CJK}日勤(?:の仕事|のみ|だけ)?", " day shifts "),
    # travel: "出張は一切できません", "海外出張は月1週間程度なら問題ありません"
    (
        rf"{CJK}(?:海外)?(?:出張|出差|출장)(?:は|が|も|은|는)?(?:一切|全く|まったく|完全)?(?:できません|不可|無理|NG|行けません|不能|唔得|못 ?가요|불가)",
        " no business trips at all ",
    ),
    (
        rf"{CJK}(?:海外)?(?:出張|出差|출장)(?:は|が|も|은|는)?[^。]{{0,12}}?(?:なら|であれば)?(?:問題ありません|問題ない|大丈夫|OK|可能|可|没问题|沒問題|괜찮아요|가능해요)",
        " business travel is fine ",
    ),
    # work mode: "フルリモート希望", "出社したい", "在宅は孤独で"
    (
        rf"{CJK}(?:フルリモート|完全リモート|完全在宅|풀 ?재택|완전 ?재택|全遥距|全远程|全遠程)(?:希望|のみ|だけ|で働きたい|がいい|원해요|희望)",
        " fully remote only ",
    ),
    (
        rf"{CJK}(?:フルリモート|完全リモート|完全在宅|풀 ?재택|완전 ?재택|全远程|全遠程)(?:可|OK|勤務可)?",
        " fully remote ",
    ),
    (
        rf"{CJK}(?:出社|オフィス勤務|출근|사무실 ?근무)(?:したい|希望|がいい|하고 ?싶어요|원해요)",
        " wants to work in the office ",
    ),
    (
        rf"{CJK}(?:出社|オフィス勤務|출근)(?:は|が)?(?:嫌|無理|できません|したくない|NG|싫어요)",
        " does not want to go back to the office ",
    ),
    # management: "팀장 자리 원합니다", "관리직은 싫어요. 실무만"
    (
        rf"{CJK}(?:팀장|리더|管理職|マネージャー|マネジャー|管理岗|管理崗)(?: ?자리| ?포지션| ?직)?(?:을|를|が|に|の)? ?(?:원합니다|원해요|하고 ?싶(?:어요|습니다)|希望|になりたい|をやりたい|想做)",
        " wants to be a team lead ",
    ),
    (
        rf"{CJK}(?:관리직|팀장|管理職|マネジメント|管理岗|管理崗)(?:은|는|は|が)? ?(?:싫어요|싫습니다|안 ?할래요|원하지 ?않아요|嫌|やりたくない|興味ない|希望しません|不想做)",
        " not interested in managing people ",
    ),
    (
        rf"{CJK}(?:실무만|실무를|現場で|手を動かし|プレイヤーとして|技術を極め)(?: ?계속)?(?: ?하고 ?싶(?:습니다|어요)|続けたい|たい)?",
        " wants to stay hands-on ",
    ),
    # company: "大手志向", "ベンチャー志向", "대기업 선호"
    (
        rf"{CJK}(?:大手|大企業|上場企業|대기업|大公司|大型企業|大型企业)(?:志向|希望|がいい|선호|원해요|이 좋아요)",
        " prefers large companies ",
    ),
    (
        rf"{CJK}(?:ベンチャー|スタートアップ|스타트업|벤처|初创|初創|創業公司|创业公司)(?:志向|希望|がいい|선호|원해요|가 좋아요)",
        " prefers startups ",
    ),
    (
        rf"{CJK}(?:東証)?(?:プライム|一部)?上場(?:の)?大手|大手(?:メーカー|企業|自動車|電機)|大企業",
        " a large listed company ",
    ),
    # relocation: "大阪への転勤・転居は不可です", "関西に戻りたい"
    (
        rf"{CJK}(?:への|에)?(?:転勤|転居|引っ越し|移住|転勤・転居|이사|전근|搬家|调动|調動)(?:・転居)?(?:は|が|은|는)?(?:不可|無理|できません|NG|불가|못 ?해요|不行|唔得)",
        " cannot relocate ",
    ),
    # visa: "配偶者ビザなので就労制限はありません", "就労ビザのスポンサーが必要です"
    (
        rf"{CJK}(?:配偶者ビザ|配偶者等ビザ|永住ビザ|永住権|永住者|定住者|日本人の配偶者|F-?6 ?비자|영주권|永久居民)[^。.]{{0,16}}?(?:就労制限|就労の制限|취업 ?제한|工作限制)(?:は|が|이|은)? ?(?:ありません|ない|なし|無し|없어요|없습니다|没有|沒有)",
        " i have the right to work, no sponsorship needed ",
    ),
    (
        rf"{CJK}(?:就労ビザ|ビザ|취업 ?비자|비자|工作签证|工作簽證|签证|簽證)[^。.]{{0,30}}?(?:スポンサー|サポート|스폰서|担保|擔保|赞助|贊助)(?:が|は|가)? ?(?:必要|必須|要ります|필요|需要)(?! ?(?:없|않|ない|ありません|なし|無し|ございません))",
        " i need visa sponsorship ",
    ),
    # ... or not needed: "비자 스폰서 필요 없음", "ビザのスポンサーは必要ありません", "不需要签证担保"
    (
        rf"{CJK}(?:(?:就労ビザ|ビザ|취업 ?비자|비자|工作签证|工作簽證|签证|簽證)(?:の)? ?)?(?:スポンサー|サポート|스폰서|担保|擔保|赞助|贊助)(?:が|は|가|는)? ?(?:필요 ?(?:없|않)|必要(?:ない|ありません|なし|無し|ございません))",
        " no sponsorship needed ",
    ),
    (
        rf"{CJK}(?:不需要|不用|唔需要|唔使)(?:公司)?(?:办|辦)?(?:工作)?(?:签证|簽證)?(?:担保|擔保|赞助|贊助)",
        " no sponsorship needed ",
    ),
    # a wait called off: "之前说春节后，现在公司裁员了，我随时可以面试"
    (
        rf"{CJK}(?:我)?(?:之前|以前|上次)(?:说|說|讲|講)(?:(?:过|過)(?![完了咗]))?",
        " earlier i said ",
    ),
    (rf"{CJK}(?:现在|現在|而家)", " now "),
    (rf"{CJK}(?:公司)?(?:裁员了|裁員了|裁员|裁員|被裁(?:了|咗)?|炒咗)", " laid off "),
    (
        rf"{CJK}(?:我)?(?:随时|隨時|幾時都)(?:都)?(?:可以|得)(?:面试|面試|见面|見面|聊|倾|傾)?",
        " can interview any time ",
    ),
    # punctuation: the rules cut sentences on ASCII stops
    (rf"{CJK}[。！？]", ". "),
    (rf"{CJK}[，、；]", ", "),
)

# --- a role's description in Japanese, Korean or Chinese --------------------------------------

# What a role says of its own terms, in the English ``reading.role_facts`` reads.
_ROLE_TERMS: tuple[tuple[str, str], ...] = (
    (
        r"夜勤(?:あり|有り|が?あります)|三交替|三交代|3交替|3交代|三班倒|야간 ?근무 ?있|3교대",
        "Rotating shifts including night shifts.",
    ),
    (
        r"(?:海外)?出張(?:あり|有り|が?あります)|출장 ?있|需(?:要)?出差|經常出差|经常出差",
        "Regular travel abroad.",
    ),
    (
        r"フルリモート(?:可|OK|勤務)?|完全リモート|完全在宅|풀 ?재택|전면 ?재택|全遥距|全远程|全遠程",
        "Fully remote.",
    ),
    (
        r"ビザ(?:サポート|スポンサー)(?:なし|無し|不可)|비자 ?(?:스폰서|지원) ?(?:불가|없음)|不提供签证|不提供簽證",
        "We cannot sponsor visas.",
    ),
    (
        r"(?:東証)?(?:プライム|一部)?上場(?:の)?大手|大手(?:メーカー|企業|自動車|電機)|大企業|대기업|上市大公司",
        "A large listed company.",
    ),
    (
        r"(?:出社|オフィス勤務)(?:必須|のみ)|週5(?:日)?出社|주 ?5일 ?출근",
        "Office-based five days a week.",
    ),
)


def has_script(text: str) -> bool:
    """Whether ``text`` holds Japanese, Korean or Chinese characters."""
    return bool(_SCRIPT.search(text))


def role_gloss(text: str) -> str:
    """The role's own terms said in ``text`` in these languages, as English sentences (empty when
    it says none): added to a description so that its terms are read like an English one."""
    return " ".join(english for pattern, english in _ROLE_TERMS_RE if pattern.search(text))


_SCRIPT = re.compile(SCRIPT)
_ROLE_TERMS_RE = tuple((re.compile(p, re.IGNORECASE), e) for p, e in _ROLE_TERMS)
