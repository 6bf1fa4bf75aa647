"""Japanese and Korean waits said with a month and "till then", rewritten into the English the wait
rules know (entries of ``reading.foreign_words``; see ``reading.foreign_cjk`` for the table's
rules): a return from leave on a month ("2027年4月に復職予定"), a stretch to the end of a month
("6月末までの研修"), a service or contract that ends on a month ("내년 2월에 끝나요"), a start or a
transfer on a month ("10월에 입사", "10月付で転勤") with a year asked to stay ("最低1年は居たい",
"최소 1년은 채우고 싶다"), and what holds them till then ("それまでは動けない", "그 전에는 이직 못
해요").

The month alone is no wait: "10月に入社しました" (joined in October) with nothing after it, or a
month that only dates the past, stays as the English rules read it.
"""

from __future__ import annotations

import re

from reading.foreign_cjk import CJK

# The marker ``reading.foreign.phrases`` replaces with ``date_words`` of the match.
DATE = "{cjk-date}"

_MONTHS = (
    "january february march april may june july august september october november december".split()
)
_M = r"(?:(?P<year>20\d\d) ?(?:年|년) ?)?(?P<month>1[0-2]|[1-9])(?:月|월)"
_NEXT = r"(?:(?P<next>내년|来年|明年) ?)?"

# (the construction, the English with {month} said in it)
_FORMS: tuple[tuple[str, str], ...] = (
    # back from leave: "2027年4月に復職予定", "4월에 복직 예정"
    (
        rf"{_NEXT}{_M}(?:に|から|에|부터)? ?(?:復職|復帰|복직|복귀)(?!しました|した|済|しております|しています|했)",
        " back at work in {month} ",
    ),
    # to the end of a month: "6月末までの研修", "6월 말까지"
    (rf"{_NEXT}{_M} ?(?:末|말)(?:まで|까지)", " till the end of {month} "),
    # ending on a month: "내년 2월에 끝나요", "3月で満了"
    (
        rf"{_NEXT}{_M}(?:に|で|에|에는)? ?(?:끝나|끝납|만료(?!됐|되었)|종료(?!됐|되었)|終わ(?!った|りました)|満了(?!した|しました)|終了(?!した|しました))",
        " it ends in {month} ",
    ),
    # a start or a transfer on a month: "10월에 한화 입사", "10月付で熊本工場へ転勤"
    (
        rf"{_M}(?:付け?で?|에) ?[^\s。.、,]{{0,8}}? ?(?:입사|이직|入社|転勤|異動)",
        " joined in {month} ",
    ),
)
_FORMS_RE = tuple((re.compile(p), english) for p, english in _FORMS)


def date_words(said: str) -> str:
    """ "2027年4月に復職予定" -> " back at work in april 2027 "."""
    for pattern, english in _FORMS_RE:
        m = pattern.match(said)
        if m:
            month = _MONTHS[int(m["month"]) - 1]
            if m["year"]:
                month = f"{month} {m['year']}"
            elif "next" in m.groupdict() and m["next"]:
                month = f"{month} next year"
            return english.format(month=month)
    return " "


WORDS: tuple[tuple[str, str], ...] = (
    # without their groups: the table tells its entries apart by group number
    *((CJK + re.sub(r"\?P<\w+>", "?:", p), DATE) for p, _ in _FORMS),
    # held till then: "それまでは現場を離れられない", "그 전에는 법적으로 이직 못 해요"
    (
        rf"{CJK}(?:それまで|その時まで)(?:は|の間は)?[^。.]{{0,16}}?(?:しない|できない|動けない|動かない|離れられない|無理)",
        " can't move till then ",
    ),
    (
        rf"{CJK}(?:그 ?전에(?:는|엔)?|그때까지(?:는)?)[^.。]{{0,16}}?(?:못 ?(?:해요|합니다|가요)|안 ?(?:해요|돼요|됩니다)|불가)",
        " can't move before then ",
    ),
    # a year asked to stay: "最低1年は居たい", "최소 1년은 채우고 싶다"
    (
        rf"{CJK}(?:最低|少なくとも|최소|적어도) ?(?:1|一|한) ?(?:年|년)(?:は|은|間は)?[^。.]{{0,6}}?(?:居たい|いたい|居ないと|いないと|勤めたい|채우고|있고|다니고|있어야)",
        " wants to stay at least a year ",
    ),
)
