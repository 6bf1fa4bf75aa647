"""Japanese and Korean waits that ``reading.foreign_cjk`` and ``reading.foreign_cjk_dates`` do not
hold, rewritten into the English the wait rules know: a length asked for ("3ヶ月くらい時間ください",
"半年は様子を見たい", "1年は腰を据えたい"), held till a month or a season ("5月中旬までは動けない",
"来年の夏までは今の会社で", "入社は6月以降希望"), a Korean month after which to write ("내년 3월
지나면 연락 주세요", "1월 중순 이후에 연락 주세요"), a service that ends on a month ("2027년 8월
소집해제 예정", "전역 예정"; not one that has ended: "소집해제 완료"), and a return from leave
timed to something else on a month ("来年4月の保育園入園に合わせて復職予定").

A month or a length said with no word of waiting or asking is none: "3ヶ月前に入社",
"11/3まで大阪出張" (a trip that ended), "1월 이후 계속 바빠요".
"""

from __future__ import annotations

import re

from reading.foreign_cjk import CJK

# The marker ``reading.foreign.phrases`` replaces with ``date_words`` of the match.
DATE = "{ja-ko-date}"

_MONTHS = (
    "january february march april may june july august september october november december".split()
)
_YEAR = r"(?:(?P<year>20\d\d) ?(?:年|년) ?)?"
_NEXT = r"(?:(?P<next>내년|来年|明年|다음 ?해)(?: ?の)? ?)?"
_MONTH = r"(?<![\d０-９/])(?P<month>1[0-2]|[1-9])(?:月|월)(?:(?:[1-3]?\d)(?:日|일))?"
_PART = r"(?P<part>上旬|初旬|初め|頭|中旬|下旬|半ば|末|초|중순|말)?"
_PARTS = {"上旬": "early", "初旬": "early", "初め": "early", "頭": "early", "中旬": "mid-",
          "下旬": "late", "半ば": "mid-", "末": "the end of", "초": "early", "중순": "mid-",
          "말": "the end of"}  # fmt: skip

# what holds someone where they are: "動けない", "転職できない", "今の会社で結果を出したい"
_JA_HELD = (
    r"(?:動けない|動けません|動けなく(?:なり|なっ)|動かない|動く気はない|転職(?:は|も)?(?:でき|し)(?:ない|ません)|無理|難しい|厳しい|"
    r"今の(?:会社|職場|チーム|部署)(?:で|に)|離れられない|辞められない|選考(?:は|も)?(?:控え|難しい|無理))"
)
_KO_AFTER = r"(?:지나면|지나서|지나고|지난 ?(?:후|뒤)에?|넘어서|넘으면|이후에?|부터는?)"
_KO_ASK = r"(?:(?:편하게|다시|그때|꼭) ?)?(?:연락|컨택|제안)"

# (the construction, the English with {when} said in it)
_FORMS: tuple[tuple[str, str], ...] = (
    # held till a month: "5月中旬までは動けない", "3月末までは今の会社で"
    (
        rf"{_NEXT}{_YEAR}{_MONTH}{_PART}(?:頃)?まで(?:は)?(?:、)?[^。.!?！？]{{0,12}}?{_JA_HELD}",
        " can't move until {when} ",
    ),
    # a start asked from a month: "入社は6月以降希望", "転職は4月から考えたい"
    (
        rf"(?:入社|入社日|転職|開始|スタート|勤務開始)(?:は|を|時期は)?{_NEXT}{_YEAR}{_MONTH}{_PART}(?:以降|から|より)"
        r"(?:を|で|が|の|なら)?(?:希望|がいい|でお願い|を考え|考え|なら|だと助かり)",
        " wants to start from {when} ",
    ),
    # Korean: "내년 3월 지나면 연락 주세요", "1월 중순 이후에 연락 주세요", "3월 지나서 연락 달라고 함"
    (rf"{_NEXT}{_YEAR}{_MONTH} ?{_PART} ?{_KO_AFTER} ?{_KO_ASK}", " get in touch after {when} "),
    # a service that ends on a month: "2027년 8월 소집해제 예정", "내년 5월 전역 예정"
    (
        rf"{_NEXT}{_YEAR}{_MONTH}(?:에|に)? ?(?:소집 ?해제|전역|제대|복무 ?만료|의무 ?복무 ?종료)(?: ?예정| ?이에요| ?입니다| ?해요)",
        " the service ends in {when} ",
    ),
    # back from leave on a month, timed to something else: "来年4月の保育園入園に合わせて復職予定"
    (
        rf"{_NEXT}{_YEAR}{_MONTH}(?:の|に|、|,)[^。、,.]{{1,14}}?(?:に合わせて|に合わせ|と同時に|を機に|のタイミングで) ?(?:復職|復帰|복직|복귀)(?!しました|した|済|しております|しています|했)",
        " back at work in {when} ",
    ),
)
_FORMS_RE = tuple((re.compile(p), english) for p, english in _FORMS)


def date_words(said: str) -> str:
    """ "5月中旬までは動けない" -> " can't move until mid-may "."""
    for pattern, english in _FORMS_RE:
        m = pattern.search(said)
        if m:
            when = _MONTHS[int(m["month"]) - 1]
            part = _PARTS.get(m.groupdict().get("part") or "", "")
            if part == "mid-":
                when = f"mid-{when}"
            elif part:
                when = f"{part} {when}"
            if m["year"]:
                when = f"{when} {m['year']}"
            elif m["next"]:
                when = f"{when} next year"
            return english.format(when=when)
    return " "


# a length: "3ヶ月", "半年", "1年", "二か月"
_JA_NUM = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "1": "1", "2": "2",
           "3": "3", "4": "4", "5": "5", "6": "6"}  # fmt: skip
_JA_ASK_TIME = (
    r"(?:くらい|ぐらい|ほど|程度)?(?:は|の)?(?:、)?(?:時間(?:を|が)?(?:ください|下さい|ほしい|欲しい|いただきたい|もらいたい)|"
    r"待って(?:ください|下さい|ほしい|欲しい|いただきたい)|様子を見たい|腰を据えたい|落ち着きたい|慣れたい|"
    r"(?:今の(?:会社|職場|チーム)で)?(?:頑張りたい|集中したい|結果を出したい))"
)


def _lengths() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for kanji, digit in _JA_NUM.items():
        for unit, english in (("(?:ヶ|か|カ|ヵ|ケ|箇)月", "months"), ("週間", "weeks")):
            n = "a" if digit == "1" else digit
            word = english[:-1] if digit == "1" else english
            out.append(
                (rf"{CJK}(?<![\d０-９]){kanji}{unit}{_JA_ASK_TIME}", f" give me {n} {word} ")
            )
    out.append((rf"{CJK}半年{_JA_ASK_TIME}", " give me 6 months "))
    out.append((rf"{CJK}(?<![\d０-９])(?:1|一)年{_JA_ASK_TIME}", " give me a year "))
    # "少なくとも来年の夏までは今の会社で": a season held to
    for season, english in (("夏", "summer"), ("春", "spring"), ("秋", "autumn"), ("冬", "winter")):
        out.append(
            (
                rf"{CJK}(?:来年の?){season}(?:頃|ごろ)?まで(?:は)?(?:、)?[^。.!?！？]{{0,12}}?{_JA_HELD}",
                f" not until next {english} ",
            )
        )
        out.append(
            (
                rf"{CJK}(?<!来年)(?<!来年の){season}(?:頃|ごろ)?まで(?:は)?(?:、)?[^。.!?！？]{{0,12}}?{_JA_HELD}",
                f" not until {english} ",
            )
        )
    return tuple(out)


WAITS: tuple[tuple[str, str], ...] = (
    # without their groups: the table tells its entries apart by group number
    *((CJK + re.sub(r"\?P<\w+>", "?:", p), DATE) for p, _ in _FORMS),
    *_lengths(),
    # free now, lifting a wait said before: "今すぐ動けます", "すぐにでも転職できます", "지금 바로 이직 가능"
    (
        rf"{CJK}(?:今すぐ(?:にでも)?|すぐにでも|今は?すぐ|いつでも)(?:動けます|動ける|転職できます|転職できる|入社できます)",
        " i can move right now ",
    ),
    (
        rf"{CJK}(?:지금 ?(?:바로|당장)|당장|바로) ?(?:이직|입사|합류)? ?(?:가능(?:해요|합니다)?|할 ?수 ?있어요)",
        " i can move right now ",
    ),
    # the wait called off: "4月の件は撤回で", "설까지 기다릴 필요 없어요"
    (rf"{CJK}(?:の件|の話)?(?:は|も)?(?:撤回|取り消し|なし|無し)で", " that is off "),
    (rf"{CJK}(?:[^\s.,。]{{1,6}}까지)? ?기다릴 ?필요(?:는|가)? ?없", " no need to wait "),
)
