"""Japanese words for terms of work, rewritten into the English the rules know (entries of
``reading.foreign_words``, put in front of ``reading.foreign_cjk``'s; see that module for the
table's rules): overtime refused, taken in stride or absent from a role ("残業はもう無理",
"残業は苦になりません", "残業ほぼなし"), shift work refused ("交替勤務はもう嫌"), flexible hours
needed or a role without them ("フレックスが必須です", "フレックスなし"), and permanent, contract,
agency and freelance seats ("正社員のみ", "契約・派遣はもう嫌", "契約でも可", "業務委託で週3日がベスト", days a week: "週5日勤務",
"正社員に戻るつもりはありません", "正社員に戻りたい", a role's "契約社員（1年更新）"), and the
period a figure is paid in ("月給70万", "時給2,000円", "70万円/月").

Each entry is a whole construction, the thing and the verb that says no, yes or only, so that a
word said in passing ("正社員登用あり": a route to a permanent seat) is no condition.
"""

from __future__ import annotations

from reading.foreign_cjk import CJK

_PART = r"(?:は|が|も|を|で)?"
_MORE = r"(?:もう|二度と|これ以上|今後)?"
# "can't any more", "don't want to", "sick of it"
_NO = (
    r"(?:無理|嫌|いや|イヤ|できません|できない|したくない|やりたくない|NG|勘弁|懲り懲り|こりごり|"
    r"避けたい|お断り|ごめん|不可|難しい|厳しい|考えていません|考えてない|考えていない)"
)
_FINE = r"(?:OK|ＯＫ|大丈夫|問題(?:ない|ありません)|平気|構いません|かまいません|苦になりません|気にしません|可)"
_OVERTIME = r"(?:サービス残業|サビ残|残業|長時間労働|デスマーチ|デスマ|クランチ|徹夜)"
_SHIFTS = r"(?:交替勤務|交代勤務|シフト勤務|[二三2-3]交[替代](?:勤務)?)"
_CONTRACT = r"(?:契約社員|派遣社員|契約|派遣)"

_DAYS = {"1": "one", "2": "two", "3": "three", "4": "four", "6": "six"}

WORDS: tuple[tuple[str, str], ...] = (
    # the period a figure is paid in, said before it ("月給70万", "月収は50万", "時給2,000円",
    # "日給1万5千円"): a month's, an hour's or a day's pay, never a year's (Chinese 月薪 too)
    (
        rf"{CJK}(?:月給|月収|月額|月薪|月の手取り)(?:は|で|が|:|：)?\s?(?=[\d０-９])",
        " monthly salary of ",
    ),
    (rf"{CJK}(?:時給|時間単価)(?:は|で|が|:|：)?\s?(?=[\d０-９])", " hourly rate of "),
    (rf"{CJK}(?:日給|日当|日額)(?:は|で|が|:|：)?\s?(?=[\d０-９])", " day rate of "),
    # "70万円/月": the month after the figure
    (rf"{CJK}(?<=[\d万円])\s?/\s?月", " a month "),
    # days a week worked ("週5日勤務", "週3日稼働"): no "日勤" (day shifts) inside them
    (rf"{CJK}週5日(?:勤務|稼働)", " full-time "),
    *((rf"{CJK}週{n}日(?:勤務|稼働)", f" {word} days a week ") for n, word in _DAYS.items()),
    # overtime
    (rf"{CJK}{_OVERTIME}{_PART}{_MORE}{_NO}", " no more overtime "),
    (rf"{CJK}{_OVERTIME}{_PART}(?:多少|少し|多め)?(?:でも|は)?{_FINE}", " overtime is fine "),
    (
        rf"{CJK}(?:ノー残業|{_OVERTIME}(?:は|が)?(?:ほぼ|ほとんど)?(?:なし|無し|ゼロ|ありません))",
        " no overtime ",
    ),
    # shift work refused
    (rf"{CJK}{_SHIFTS}{_PART}{_MORE}{_NO}", " no more shift work "),
    # flexible hours: needed, or a role without them ("フレックスなし")
    (
        rf"{CJK}(?:フレックス(?:タイム)?(?:制)?|時差出勤)(?:[（(][^）)]{{0,30}}[）)])?(?:が|は)?(?:必須|必要|マスト|でないと(?:無理|厳しい))",
        " flexible hours essential ",
    ),
    (
        rf"{CJK}(?:フレックス(?:タイム)?(?:制)?)(?:は|が)?(?:なし|無し|ありません|不可)",
        " no flexible hours ",
    ),
    # permanent, contract and freelance seats
    (rf"{CJK}正社員(?:登用|転換)(?:制度|実績)?(?:あり|有り)?", " "),
    # "正社員じゃないと嫌というわけではない": not that it must be permanent - no condition
    (
        rf"{CJK}正社員(?:でないと|じゃないと|じゃなきゃ|でなければ)(?:嫌|ダメ|だめ|無理)?(?:という|って)(?:わけ|訳)(?:では|じゃ)(?:ない|ありません|なく)",
        " ",
    ),
    # "正社員でないと...": only permanent (not "正社員じゃないと嫌というわけではない": not that it must be)
    (
        rf"{CJK}正社員(?:でないと|じゃないと|以外は)(?![^。、]{{0,6}}(?:という|って)(?:わけ|訳))",
        " permanent only ",
    ),
    # an offer declined for being a contract: "契約社員での内定のため辞退"
    (
        rf"{CJK}{_CONTRACT}(?:での|の)(?:内定|オファー)(?:のため|だったので|なので|につき)?、?辞退",
        " declined, no contract roles ",
    ),
    (
        rf"{CJK}正社員(?:のみ|だけ|限定|希望|以外(?:は)?(?:NG|無理|考えていない|考えてない))",
        " permanent only ",
    ),
    (
        rf"{CJK}{_CONTRACT}(?:(?:・|、|や|/|／){_CONTRACT})*{_PART}{_MORE}{_NO}",
        " no more contract roles ",
    ),
    (
        rf"{CJK}{_CONTRACT}(?:でも|も)(?:可|OK|大丈夫|構いません|問題ない|問題ありません)",
        " contract is fine ",
    ),
    (
        rf"{CJK}(?:正社員|フルタイム)(?:・?フルタイム)?(?:に|へ|で|として)?(?:は)?(?:戻る|なる|働く)?(?:つもりは|気は|予定は)(?:ありません|ない|ないです|無い)",
        " no permanent roles ",
    ),
    (
        rf"{CJK}(?:安定した)?正社員(?:に|へ|として)?(?:戻りたい|なりたい|働きたい|がいい)",
        " wants a permanent role ",
    ),
    (
        rf"{CJK}(?:業務委託|フリーランス|個人事業主)(?:で|として|の)?(?:週\d日(?:稼働|勤務)?)?(?:が|で)?(?:ベスト|希望|がいい|が理想|働きたい|続けたい)",
        " wants freelance work ",
    ),
    (rf"{CJK}正社員", " permanent "),
    (rf"{CJK}契約社員", " fixed-term contract "),
    (rf"{CJK}(?:業務委託|フリーランス)", " freelance "),
)
