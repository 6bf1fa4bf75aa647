"""Nigerian Pidgin and Yoruba stop phrases, each mapped to the English opt-out the rules already
know (Swahili's are with ``reading.foreign_stops_pt_es``).

Part of the table ``reading.foreign_opt_outs`` joins; an entry maps a phrase to an opt-out only
when it refuses contact as such. What narrows it is left in the note for the English rules to
weigh: "no dey call me for work hours" names a time, "make una stop to call my office line" one
line, and "comot my name from the newsletter" one list, so none of them is an entry here.
"""

from __future__ import annotations

# Yoruba is written with tone marks and under-dots, often left off on a phone: each vowel, and
# s (ṣ), matches with or without them, precomposed or combining.
_MARKS = "[\u0300\u0301\u0304\u0323]*"
_VOWELS = {
    "a": "[aàáā]",
    "e": "[eèéēẹ]",
    "i": "[iìíī]",
    "o": "[oòóōọ]",
    "u": "[uùúū]",
    "s": "[sṣ]",
}


def _yo(words: str) -> str:
    """A Yoruba phrase as written plain ("e ma pe mi mo"), matched however it is marked."""
    out = []
    for ch in words:
        if ch in _VOWELS:
            out.append(_VOWELS[ch] + _MARKS)
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(ch)
    return "".join(out)


# What a stop ends on in Pidgin: "again", "anymore", and the particle "o" ("no call me again o");
# "... again about banking roles" is a topic refused, left to the English rules unread.
_AGAIN = r"(?:again|anymore|any more)(?: o)?(?! (?:about|for|on|concerning|regarding|with)\b)"
# The list they are on as a whole: "una list", "your database", not a newsletter or one alert.
_YOUR_LIST = (
    r"(?:una|your|ur|all una|all your) (?:list|lists|database|data ?base|system|records?|contacts?|"
    r"contact list|file|files)"
)

WEST_AFRICA: tuple[tuple[str, str], ...] = (
    # Pidgin: "abeg comot my name from una list" (take my name off your list)
    (
        rf"com+ot (?:my|ma|me|mi) (?:name|number|details|cv|contact|data)(?: (?:and|&) (?:my )?(?:name|"
        rf"number|details|cv|contact))? (?:from|for|comot for|outta|out of) {_YOUR_LIST}",
        "remove my details from your database",
    ),
    (rf"com+ot me (?:from|for|out of) {_YOUR_LIST}", "remove me from your database"),
    # "I no wan hear anything again", "me no want hear from una again o"
    (
        rf"(?:i|me|i don) no (?:wan|want|wan to|want to) hear (?:anything|anytin|notin|nothing|"
        rf"from una|from you|una voice)(?: from una| from you)? {_AGAIN}",
        "i don't want to hear from you again",
    ),
    # "make una no call me again", "abeg no dey message me again", "stop to dey call me again"
    (
        rf"(?:make una |una |abeg |pls |please )?(?:no|stop to|stop|no dey|stop to dey) (?:dey )?"
        rf"(?:call|ring|phone) me {_AGAIN}",
        "don't call me again",
    ),
    (
        rf"(?:make una |una |abeg |pls |please )?(?:no|stop to|stop|no dey|stop to dey) (?:dey )?"
        rf"(?:message|msg|text|whatsapp|chat) me {_AGAIN}",
        "don't message me again",
    ),
    (
        rf"(?:make una |una |abeg |pls |please )?(?:no|stop to|stop|no dey|stop to dey) (?:dey )?"
        rf"(?:disturb|worry|contact|reach) me {_AGAIN}",
        "don't contact me again",
    ),
    # Yoruba: "ẹ má pè mí mọ́" (don't call me any more), "ẹ má kàn sí mi mọ́" (don't contact me
    # any more), "ẹ má fi nǹkan ránṣẹ́ sí mi mọ́" (don't send me anything any more)
    (_yo("e ma pe mi mo"), "don't call me again"),
    (_yo("e ma kan si mi mo"), "don't contact me again"),
    (_yo("e ma fi") + r"\s+(?:\S+\s+){0,2}?" + _yo("ranse si mi mo"), "don't message me again"),
    # "ẹ yọ orúkọ mi kúrò" (take my name out), "... nínú àkọsílẹ̀ yín" (from your records)
    (_yo("e yo oruko mi kuro"), "remove my details from your database"),
)
