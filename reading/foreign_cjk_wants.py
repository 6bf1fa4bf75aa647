"""Japanese, Korean and Chinese words for what someone wants to work with or on, rewritten into the
English the rules know (entries of ``reading.foreign_words``; see ``reading.foreign_cjk`` for the
table's rules): a thing wanted in more verbs than "やりたい" ("Rustを書きたい", "써 보고 싶어요"),
a thing of no interest ("Rustは興味ないです", "관심 없어요", "没兴趣"), managing refused politely
("管理職は勘弁", "マネジメントは遠慮したい") or wanted ("部下を持ちたい", "想带团队"), and staying
hands-on ("プレイヤーでいたい").

A wish or refusal about something no facet knows stays for the topic fallback, as in English.
"""

from __future__ import annotations

from reading.foreign_cjk import CJK

WORDS: tuple[tuple[str, str], ...] = (
    # managing refused politely: "管理職は勘弁", "マネジメントは遠慮したい"
    (
        rf"{CJK}(?:管理職|マネジメント|マネージャー|관리직|管理岗|管理崗)(?:は|が|은|는)? ?(?:勘弁|遠慮したい|ご遠慮|無理|やりたくない)",
        " not interested in managing people ",
    ),
    # "不想带团队" (a "不是不想管人" says the opposite: left unread)
    (rf"{CJK}(?<!不是)不想(?:带|帶|管)(?:团队|團隊|人)", " not interested in managing people "),
    # ... or wanted: "部下を持ちたい", "想带团队"
    (
        rf"{CJK}(?:部下を持ちたい|部下を持って|チームを持ちたい|(?<![不唔没沒])(?:想|希望)(?:带|帶)(?:团队|團隊|人))",
        " wants to manage people ",
    ),
    # hands-on: "プレイヤーでいたい", "プレイヤーを続けたい"
    (
        rf"{CJK}(?:ずっと)?(?:プレイヤー|プレーヤー)(?:で|を)(?:いたい|い続けたい|続けたい)",
        " wants to stay hands-on ",
    ),
    # company size in more words: "대기업으로 가고 싶어요", "스타트업이면 좋겠어요", "中小規模の会社に惹か
    # れます", "大手企業のみで検討"
    (
        rf"{CJK}(?:대기업|大企業|大手企業|大手|大公司)(?:으로|로|에|に|へ)? ?(?:가고 ?싶(?:어요|습니다)|가면 ?좋겠어요|"
        r"이면 ?좋겠어요|行きたい|に惹かれ|惹かれ)",
        " prefers large companies ",
    ),
    (
        rf"{CJK}(?:(?:上場(?:している|の)?)?大手企業|大手|대기업)(?:のみ|だけ|만)(?:で|を)?",
        " large listed companies only ",
    ),
    (
        rf"{CJK}(?:스타트업|벤처|ベンチャー|スタートアップ|初创公司|創業公司|创业公司)(?:으로|로|에|이면|면|に|へ)? ?(?:가고 ?싶(?:어요|습니다)|좋겠어요|"
        r"行きたい|惹かれ|に惹かれ)",
        " prefers startups ",
    ),
    (
        rf"{CJK}(?:中小(?:規模)?(?:の)?(?:会社|企業|メーカー)|중소기업|中小企业|中小企業)(?:に|으로|에)? ?(?:惹かれ|行きたい|가고 ?싶|がいい|希望|を希望)",
        " prefers small companies ",
    ),
    # a thing wanted: "Rustを書きたい", "UE5を触りたい", "써 보고 싶어요"
    (
        rf"{CJK}(?:を|을|를)?(?:書きたい|使いたい|触りたい|やってみたい|써 ?보고 ?싶어요|해 ?보고 ?싶어요|想用|想写|想寫)",
        " wanted ",
    ),
    # a thing of no interest: "Rustは興味ないです", "관심 없어요", "没兴趣"
    (
        rf"{CJK}(?:は|には|에는|은|는)? ?(?:興味(?:が)?(?:ない|ありません|なし)|관심(?:이)? ?(?:없어요|없습니다|없음)|"
        r"没兴趣|沒興趣|不感兴趣|不感興趣)",
        ": not interested ",
    ),
)
