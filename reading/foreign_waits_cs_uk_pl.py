"""Waits in Czech and Ukrainian, and the Polish "not before", rewritten into the English the rules
know (joined to them in ``reading.foreign_tables``): "ozvěte se až po Novém roce" (get in touch
after New Year), "za dva měsíce" (in two months), "через два місяці" (in two months), "після
Нового року" (after New Year), "не раніше березня" (not before March), "nie wcześniej niż w
marcu" (not before in March), "do końca sezonu w marcu" (until the season's end in March).

Counted from the day said, as the English are. "Za" and "через" are waits only before a length
of time ("za dva měsíce", "через місяць"): "za mnou" (behind me) and "через агенцію" (through an
agency) stay as they are.
"""

from __future__ import annotations

_CS_NUMBER = {
    "dva": "two",
    "dvě": "two",
    "tři": "three",
    "tri": "three",
    "čtyři": "four",
    "ctyri": "four",
    "pět": "five",
    "pet": "five",
    "šest": "six",
    "sest": "six",
    "pár": "a couple of",
    "par": "a couple of",
    "několik": "a few",
}
_UK_NUMBER = {
    "два": "two",
    "дві": "two",
    "три": "three",
    "чотири": "four",
    "п'ять": "five",
    "п’ять": "five",
    "шість": "six",
    "кілька": "a few",
    "декілька": "a few",
    "пару": "a couple of",
}
_CS_MONTHS = r"(?:měsíce|mesice|měsíců|mesicu)"
_CS_WEEKS = r"(?:týdny|tydny|týdnů|tydnu)"
_UK_MONTHS = r"(?:місяці|місяців|місяця)"
_UK_WEEKS = r"(?:тижні|тижнів)"

# New Year as a holiday: "po Novém roce", "після Нового року" (their "after" is read before it)
HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"(?:novém|novem|nového|noveho) (?:roce|roku)|silvestru", "new year"),
    (r"нового року|новорічних свят", "new year"),
)

WAITS: tuple[tuple[str, str], ...] = (
    # Czech
    (r"(?:až|az)(?= po )", "only"),
    (r"za (?:půl|pul) roku", "in half a year"),
    (r"za (?:měsíc|mesic)", "in a month"),
    (r"za (?:týden|tyden)", "in a week"),
    *((rf"za {word} {_CS_MONTHS}", f"in {english} months") for word, english in _CS_NUMBER.items()),
    *((rf"za {word} {_CS_WEEKS}", f"in {english} weeks") for word, english in _CS_NUMBER.items()),
    (
        r"ne (?:dřív|driv|dříve|drive) než|nejdřív(?:e)?(?= (?:v|od|po) )|nejdriv(?:e)?(?= (?:v|od|po) )",
        "not before",
    ),
    (
        r"(?:ozvěte|ozvete|ozvi|ozvěme|ozveme) (?:se|mi)(?: (?:až|az))?|"
        r"(?:zavolejte|napište|napiste)(?: (?:mi|nám|nam))?(?: (?:až|az))?",
        "get in touch",
    ),
    # a wait taken back: "zapomeňte na to, co jsem psala - můžu hned" (free now)
    (
        r"(?:zapomeňte|zapomente|zapomeň|zapomen) na to,? co jsem (?:psala|psal|napsala|napsal)",
        "ignore my last message",
    ),
    (
        r"(?:můžu|mohu|muzu|může|muze) (?:nastoupit )?(?:hned|ihned|okamžitě|okamzite)|"
        r"(?:jsem|je) (?:volná|volný|volna|volny) (?:hned|už|uz|teď|ted)",
        "free now",
    ),
    # Ukrainian
    (r"(?:після|пiсля)(?= (?:нового року|новорічних свят))", "after"),
    (r"через (?:пів року|півроку|пiвроку)", "in half a year"),
    (r"через (?:місяць|мiсяць)", "in a month"),
    (r"через тиждень", "in a week"),
    *(
        (rf"через {word} {_UK_MONTHS}", f"in {english} months")
        for word, english in _UK_NUMBER.items()
    ),
    *(
        (rf"через {word} {_UK_WEEKS}", f"in {english} weeks")
        for word, english in _UK_NUMBER.items()
    ),
    (r"не раніше(?: ніж)?|не ранiше(?: нiж)?", "not before"),
    # Polish "do końca sezonu w marcu" (until the season's end in March): what ends, named before
    # its month ("do końca stycznia", the month's own end, is read by the month)
    (r"do (?:końca|konca) sezonu", "until the end of the season"),
    (r"do (?:końca|konca) (?:delegacji|oddelegowania)", "until the end of the posting"),
    (r"do (?:końca|konca) (?:projektu|budowy)", "until the end of the project"),
    (r"do (?:końca|konca) (?:umowy|kontraktu)", "until the end of the assignment"),
    # Polish "not before": "nie wcześniej niż w marcu", "dopiero od marca" is read by its month
    (r"nie (?:wcześniej|wczesniej)(?: niż| niz)?", "not before"),
)
