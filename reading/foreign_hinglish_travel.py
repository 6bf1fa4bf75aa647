"""Hinglish (Hindi in Latin letters) on travel for work: "travel nahi ho payega" (travel won't be
possible), "travel nahi kar sakti" (can't travel), "travel pasand hai" (likes travelling),
"travel chalega" (travel will do), "koi problem nahi" (no problem) and how often it is said as
"ek hafta har mahine" (a week every month); a place they can't leave ("Mumbai chhodna possible
nahi") is that place only.

``reading.foreign_tables`` puts these in front of the older tables. Travel only described
("travel bahut hota hai") has no entry; "ghar chhod ke nahi ja sakti" (can't leave home) names no
place, so reads nothing.
"""

from __future__ import annotations

_NO = r"(?:nahi|nahin|nai|nhi)"
_CAN = r"(?:sakta|sakti|sakte|paunga|paungi|paaunga|paaungi|payenge|paayenge)(?: (?:hoon|hu|hun|hai|h))?"

CUES: tuple[tuple[str, str], ...] = (
    # "travel nahi ho payega", "travelling nahi kar sakti": travel refused
    (
        rf"(?:travel|travelling|traveling|tour|touring) {_NO} (?:ho (?:payega|paayega|payegi|paega|"
        rf"sakta|sakti|sakega|sakegi)|kar {_CAN})",
        "can't travel",
    ),
    # "travel pasand hai", "travel accha lagta hai": travel liked
    (
        r"(?:travel|travelling|traveling) (?:pasand (?:hai|h|he)|(?:accha|achha|acha) lagta (?:hai|h|he))",
        "likes travel",
    ),
    (
        r"(?:travel|travelling|traveling) (?:chalega|chal jayega|theek hai|thik hai)",
        "happy to travel",
    ),
    # "koi problem nahi", "koi dikkat nahi hai": no problem with what was just named
    (
        rf"koi (?:problem|dikkat|dikat|pareshani|issue|tension) {_NO}(?: (?:hai|h|he))?",
        "no problem",
    ),
    # a place they cannot leave, said after it: "Mumbai chhodna possible nahi", "Pune chhod ke nahi
    # ja sakti" - that place only ("ghar chhod ke": home, no place, reads nothing)
    (
        rf"(?<!ghar )(?<!home )(?:chhodna|chodna|chhod ?ke|chod ?ke|chhod ?kar|chod ?kar) (?:possible {_NO}(?: (?:hai|h|he))?|"
        rf"{_NO} (?:ho payega|ho paayega|ja {_CAN}))",
        "only",
    ),
    # how often: "ek hafta har mahine", "har mahine ek hafta"
    (
        r"ek (?:hafta|hafte) har (?:mahine|mahina)|har (?:mahine|mahina) ek (?:hafta|hafte)",
        "one week a month",
    ),
)
