"""Hinglish (Hindi in Latin letters, mixed with English) cue phrases: a request to delete one's
number or details ("number delete kar do", "mera data hata dijiye", from our list: "mera number
aapki list se hata do"), a stop said with "again" or "ever" ("mujhe dobara call mat karna",
"kabhi contact mat karo", "aage se koi message mat bhejna", "mujhse dobara sampark mat kijiye"),
"don't bother me"
("pareshan mat karo") and no interest in any job ("kisi job mein interest nahi hai").

``reading.foreign`` puts these tables in front of its own. A stop for now or at a time ("abhi
call mat karo, meeting mein hoon", "office time mein call mat karo") has no entry, nor a
refusal of one job ("is job mein interest nahi"): a Hinglish stop must say again, ever, delete
or any job; "mujhe call mat karo" alone has no entry either (one channel, said for now or not).
"""

from __future__ import annotations

from reading.calendar import MONTH_WORDS

_DO = r"(?:karo|karna|karein|karen|kariye|kijiye|kijie|kare|kar do|kardo|kar dijiye|kar dena|kar dein|do|dijiye)"
# "sampark": the Hindi word for contact ("mujhse dobara sampark mat kijiye")
_CONTACT = r"(?:call|phone|fone|contact|sampark|message|msg|text|sms|mail|email|whatsapp)"
_AGAIN = r"(?:dobara|dubara|phir se|fir se|phirse|firse|kabhi bhi|kabhi|ab se|aage se)"
_DATA = r"(?:number|no\.?|details|detail|data|cv|resume|profile|info|naam)"
# two of them named together: "mera number aur email dono", "number ya email id"
_DATAS = (
    rf"{_DATA}(?: (?:aur|ya|and|or|&) (?:{_DATA}|email|email id|mail id|e-?mail address))?"
    r"(?: (?:dono|donon|sab|sabhi|sab kuch))?"
)
# "bhejiye": what we send them ("koi message mat bhejiye"), beside what we do ("call mat karo")
_SEND = r"(?:bhejo|bhejiye|bhejna|bhejein|bhejen|bhej do|bhej dijiye|bhejte raho)"
# "koi call ya message": any of our ways, one or two of them
_CONTACTS = rf"(?:koi |kuch bhi |kisi bhi )?{_CONTACT}(?: (?:ya|aur|or|and|/) {_CONTACT})?"
# where we keep them: "apni list se", "aapke database se"
_OUR_LIST = (
    r"(?:apni|apne|aapki|aapke|aapka|your|ur|tumhari|tumhare) (?:list|database|system|records?|data ?base|"
    r"talent pool|pool) (?:se|me se|mein se|main se)"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "mera number delete kar do", "Number delete kar do", "meri details hata dijiye"
    (
        rf"(?<!purana )(?<!old )(?:(?:mera|meri|mere|apna|apni) )?{_DATA} (?:delete|remove|hata|hatao|mita|erase)"
        rf"(?: {_DO})?(?: (?:please|pls|plz))?(?= *(?:[.!,]|$|aur\b|and\b|please\b|pls\b))",
        "delete my details",
    ),
    # "mera number apni list se hata dijiye": removed from our list (not "purana number")
    (
        rf"(?<!purana )(?<!old )(?:(?:mera|meri|mere) )?{_DATAS} {_OUR_LIST} (?:delete|remove|hata|hatao|mita|"
        rf"erase|nikal|nikalo|nikaal)(?: {_DO})?",
        "remove my details from your list",
    ),
    # "mujhe dobara call mat karna", "kabhi contact mat karo", "mujhe call mat karo dobara",
    # "aage se koi call ya message mat bhejiye"
    (
        rf"(?:(?:mujhe|mujhse|humein|hume|humse) )?{_AGAIN} (?:(?:mujhe|mujhse|humse) )?{_CONTACTS} (?:mat|na|nahi) "
        rf"(?:{_DO}|{_SEND})",
        "do not contact me again",
    ),
    (
        rf"(?:mujhe |humein |hume )?{_CONTACTS} (?:mat|na) (?:{_DO}|{_SEND}) {_AGAIN}",
        "do not contact me again",
    ),
    # "mujhe aur contact mat karo": "aur" after the person is "any more" (between two ways of
    # writing, "call aur message", it is "and": no person, no entry)
    (
        rf"(?:mujhe|mujhse|humein|hume|humse) aur (?:koi )?{_CONTACTS} (?:mat|na) (?:{_DO}|{_SEND})",
        "do not contact me any more",
    ),
    # "band karo" (stop doing it) with "for good" said: "mujhe emails bhejna band karo,
    # hamesha ke liye" (a call stopped is one channel: no entry; no "for good", no entry)
    (
        rf"(?:mujhe |humein |hume )?(?:(?:recruiting|recruitment|recruiter|job|jobs|koi) )*(?:contact|message|"
        rf"messages|msg|mail|mails|email|emails) (?:bhejna|bhejne|karna|karne) band (?:{_DO}|kar)"
        rf",? (?:permanently|hamesha ke liye|for good|forever|hamesha)",
        "stop sending me emails for good",
    ),
    (
        rf"{_AGAIN} (?:mujhe |humein |hume )?(?:(?:recruiting|recruitment|recruiter|job|jobs|koi) )*(?:contact|"
        rf"message|messages|msg|mail|mails|email|emails) (?:bhejna|bhejne|karna|karne) band (?:{_DO}|kar)",
        "stop sending me emails for good",
    ),
    # "mujhe pareshan mat karo": don't bother me
    (rf"(?:mujhe )?(?:pareshan|tang|disturb) (?:mat|na) {_DO}", "don't bother me"),
    # "kisi job mein interest nahi hai": no interest in any job (not "is job mein")
    (
        r"(?:kisi|koi) (?:bhi )?(?:job|naukri|role|opportunity|offer)s? (?:mein|me|main|ka|ki|mei) (?:koi )?"
        r"(?:interest|dilchaspi) (?:nahi|nahin|nai) (?:hai|h|he)",
        "not interested in any roles",
    ),
)

# "after" and "until" come after what they govern in Hindi: "April ke baad", "Diwali ke baad hi",
# "March tak". A month with a payout or review before it is that event ("April appraisal ke
# baad": after the April appraisal, so April). What keeps them busy is not it: "Diwali tak busy
# hoon" still reads "until diwali", the English rules decide if it is a wait.
_HOLIDAYS = (
    "diwali",
    "deepavali",
    "holi",
    "pongal",
    "sankranti",
    "eid",
    "ramzan",
    "ramadan",
    "christmas",
    "new year",
)
_AFTER = r"ke (?:baad|bad|baadh)"
_TILL = r"(?:tak|tk)"
_EVENT = (
    r"(?:appraisal|bonus|increment|hike|review|promotion|vesting|payout|variable pay)(?: cycle)?"
)


def _waits() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    months = MONTH_WORDS
    for word, month in months:
        out.append(
            (
                rf"{word}(?: (?:wala|wali|ka|ki|ke|waala|waali))? {_EVENT} {_AFTER}",
                f"after the {month} bonus",
            )
        )
        # "Feb ke end tak": to the end of the month, not its start
        out.append((rf"{word} ke (?:end|aakhir|akhir|last) {_TILL}", f"until the end of {month}"))
        out.append((rf"{word} ke (?:end|aakhir|akhir|last) {_AFTER}", f"after the end of {month}"))
        out.append((rf"{word} {_AFTER}", f"after {month}"))
        out.append((rf"{word} {_TILL}", f"until {month}"))
    out.extend((rf"{name} {_AFTER}", f"after {name}") for name in _HOLIDAYS)
    return tuple(out)


WAITS = _waits()

# Where they want to work: "ghar se kaam chahiye" (work from home wanted), "office nahi aa sakti"
# (can't come to the office), "office se kaam karna pasand hai" (likes working from the office).
# A home or an office only described ("ghar pe bahut disturbance hai") has no entry, nor one
# refused ("ghar se kaam nahi chahiye": "nahi" stands between, so nothing matches).
_WANT = r"(?:chahiye|chahie|chaahiye|chaiye|chahta (?:hoon|hu|hun)|chahti (?:hoon|hu|hun)|chahte (?:hain|hai))"
_LIKE = r"pasand (?:hai|h|he|karti (?:hoon|hu|hun)|karta (?:hoon|hu|hun))"
_CAN_NOT_COME = r"(?:nahi|nahin|nai) (?:aa|ja|jaa|aa paungi|aa paunga|aa paaungi|aa paaunga) ?(?:sakti|sakta|sakte)?"
WORDS: tuple[tuple[str, str], ...] = (
    (rf"ghar se (?:hi )?kaam (?:karna |karni )?{_WANT}", "wants to work from home"),
    (rf"ghar se (?:hi )?kaam (?:karna |karni )?{_LIKE}", "prefers to work from home"),
    (
        rf"(?:office|daftar) se (?:hi )?kaam (?:karna |karni )?{_WANT}",
        "wants to work from the office",
    ),
    (
        rf"(?:office|daftar) se (?:hi )?kaam (?:karna |karni )?{_LIKE}",
        "prefers to work from the office",
    ),
    (rf"(?:office|daftar) {_CAN_NOT_COME}", "can't come to the office"),
)
