"""Japanese, Korean and Chinese words for working hours and where the work is done, rewritten into
the English the rules know (entries of ``reading.foreign_words``; see ``reading.foreign_cjk``
for the table's rules): China's "996" (nine to nine, six days a week: overtime and weekend work)
refused or taken ("不接受996", "大小周也可以"), overtime taken ("加班无所谓"), weekend days worked or
not ("土曜出勤はNG", "주말 근무 괜찮아요", "周六上班不行"), night shifts with the refusal said before
them ("不做夜班", "不能再輪夜班") or said indirectly ("夜勤は全く苦にならない", "夜勤だけは無理"), and
remote work wished or not ("希望能远程办公", "不太喜欢在家办公").

What the words only describe stays unread: "不用上夜班" (no nights needed: a role's term, not a
refusal), "周六加班费" (Saturday overtime pay), a "996" that is a number.
"""

from __future__ import annotations

from reading.foreign_cjk import CJK

# "996" and its fortnightly cousin "大小周" (a six-day week every other week); never a number's
# digits ("1996年", "9960")
_996 = r"(?<![\d０-９.,])(?:996|９９６|9-9-6|大小周|大小週)(?![\d０-９%年]|[.,]\d)"
_REFUSE_ZH = (
    r"(?:绝对|絕對|坚决|堅決|完全)?(?:不接受|不能接受|接受不了|接受唔到|不考虑|不考慮|唔考慮|不要|不想|"
    r"拒绝|拒絕|不做|唔做|唔想|做不了)(?:再)?(?:做|搞)?"
)
_FINE = (
    r"(?:も|は|也|都|도|은|는)? ?(?:能|可以)?(?:接受|OK|ok|大丈夫|問題ない|問題なし|問題ありません|平気|"
    r"没问题|沒問題|冇問題|无所谓|無所謂|可以|都得|得|괜찮아요|괜찮습니다|가능(?:해요|합니다)?)"
)
_NO = (
    r"(?:は|が|も|은|는|도)? ?(?:NG|ng|無理|不可|できません|嫌|いや|厳しい|難しい|싫어요|싫습니다|"
    r"안 ?돼요|못 ?해요|不行|不可以|不接受|唔得|唔做|不做)"
)
# the day worked: Saturday, Sunday, or the weekend / days off
_DAYS = (
    (r"土曜(?:日)?|周六|週六|星期六|礼拜六|禮拜六|토요일", "saturday"),
    (r"日曜(?:日)?|周日|週日|星期日|星期天|礼拜天|禮拜天|일요일", "sunday"),
    (r"土日|休日|週末|周末|주말", "weekend"),
)
_WORKED = r"(?:の)?(?:出勤|勤務|出社|上班|加班|返工|開工|开工|출근|근무|특근)"
_NIGHTS = r"(?:夜班|夜更|大夜班|大夜|夜勤|夜間勤務)"


def _weekend_days() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for said, day in _DAYS:
        out.append((rf"{CJK}(?:{said}) ?{_WORKED}{_NO}", f" no {day} work "))
        out.append((rf"{CJK}(?:{said}) ?{_WORKED}{_FINE}", f" {day} work is fine "))
    return tuple(out)


WORDS: tuple[tuple[str, str], ...] = (
    # 996 refused: "绝对不接受996", "不想再做996", "唔做大小周"
    (rf"{CJK}{_REFUSE_ZH}{_996}", " no overtime, no weekend work "),
    # ... or looked back on and not wanted again: "熬了三年996，真的不想再这样了", "受够了996"
    (
        rf"{CJK}{_996}[^。！!？?]{{0,4}}?[，,、]?(?:真的|实在|實在|再也)?(?:不想再|不要再|不想(?:再)?(?:这样|這樣)|受够了|受夠了)",
        " no more overtime, no more weekend work ",
    ),
    (
        rf"{CJK}(?:受够了|受夠了|厌倦了|厭倦了|逃离|逃離)[^。！!？?，,]{{0,6}}?{_996}",
        " no more overtime, no more weekend work ",
    ),
    # ... or taken: "996也能接受", "大小周可以"
    (rf"{CJK}{_996}{_FINE}", " overtime and weekend work are fine "),
    # overtime: "加班无所谓", "加班可以接受" - and refused: "不想加班", "不接受加班"
    (
        rf"{CJK}(?:加班|残業|残業自体|야근|초과 ?근무){_FINE}",
        " overtime is fine ",
    ),
    (rf"{CJK}(?:残業自体)(?:は)?(?:気にしません|気にならない|気にしない)", " overtime is fine "),
    (rf"{CJK}{_REFUSE_ZH}(?:加班)(?![费費])", " no overtime "),
    # a two-day weekend as the bottom line: "双休是底线", "必须双休"
    (
        rf"{CJK}(?:双休|雙休)(?:是|係)(?:底线|底線|必须|必須)|(?:必须|必須|一定要)(?:双休|雙休)",
        " no weekend work ",
    ),
    *_weekend_days(),
    # nights, refused before the word: "不做夜班", "不能再輪夜班", "唔想捱夜更"
    (
        rf"{CJK}(?:不|唔)(?:能|想|要|做|上|值|可以)?(?:再)?(?:輪|轮|上|做|值|捱)?{_NIGHTS}",
        " no night shifts ",
    ),
    # ... refused alone: "夜勤だけは無理"
    (rf"{CJK}{_NIGHTS}(?:だけは|だけ|のみ)(?:無理|NG|嫌|できません|不可)", " no night shifts "),
    # ... taken: "夜勤は全く苦にならない", "夜班現在可以"
    (
        rf"{CJK}{_NIGHTS}(?:は|が|も)?(?:全く|全然|まったく|別に)?(?:苦にならない|苦になりません|苦じゃない|苦ではない)",
        " i don't mind night shifts ",
    ),
    (
        rf"{CJK}{_NIGHTS}(?:現在|现在|而家)(?:都)?(?:可以|OK|ok|冇問題|没问题|沒問題|都得|得)",
        " night shifts are fine now ",
    ),
    # remote work wished: "希望能远程办公", "想遠程工作"
    (
        rf"{CJK}(?:希望|想|想要)(?:能|可以)?(?:远程|遠程|遙距|遥距|居家|在家)(?:办公|辦公|工作|上班|返工)",
        " wants to work remotely ",
    ),
    # ... or not: "不太喜欢在家办公", "还是想每天去公司"
    (
        rf"{CJK}(?:不太|不)(?:喜欢|喜歡)(?:远程|遠程|居家|在家)(?:办公|辦公|工作)",
        " prefers working in the office ",
    ),
    # a role's own remote terms: "全程远程办公"
    (rf"{CJK}(?:全程|完全|全)(?:远程|遠程)(?:办公|辦公|工作)?", " fully remote "),
)
