"""Hinglish (Hindi in Latin letters, mixed with English) cue phrases: a request to delete one's
number or details ("number delete kar do", "mera data hata dijiye"), a stop said with "again"
or "ever" ("mujhe dobara call mat karna", "kabhi contact mat karo"), "don't bother me"
("pareshan mat karo") and no interest in any job ("kisi job mein interest nahi hai").

``reading.foreign`` puts these tables in front of its own. A stop for now or at a time ("abhi
call mat karo, meeting mein hoon", "office time mein call mat karo") has no entry, nor a
refusal of one job ("is job mein interest nahi"): a Hinglish stop must say again, ever, delete
or any job; "mujhe call mat karo" alone has no entry either (one channel, said for now or not).
"""

from __future__ import annotations

_DO = r"(?:karo|karna|karein|karen|kariye|kijiye|kijie|kare|kar do|kardo|kar dijiye|kar dena|kar dein|do|dijiye)"
_CONTACT = r"(?:call|phone|fone|contact|message|msg|text|sms|mail|email|whatsapp)"
_AGAIN = r"(?:dobara|dubara|phir se|fir se|phirse|firse|kabhi bhi|kabhi|ab se|aage se)"
_DATA = r"(?:number|no\.?|details|detail|data|cv|resume|profile|info|naam)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "mera number delete kar do", "Number delete kar do", "meri details hata dijiye"
    (
        rf"(?<!purana )(?<!old )(?:(?:mera|meri|mere|apna|apni) )?{_DATA} (?:delete|remove|hata|hatao|mita|erase)"
        rf"(?: {_DO})?(?: (?:please|pls|plz))?(?= *(?:[.!,]|$|aur\b|and\b|please\b|pls\b))",
        "delete my details",
    ),
    # "mujhe dobara call mat karna", "kabhi contact mat karo", "mujhe call mat karo dobara"
    (
        rf"(?:mujhe |humein |hume )?{_AGAIN} (?:mujhe )?{_CONTACT} (?:mat|na|nahi) {_DO}",
        "do not contact me again",
    ),
    (
        rf"(?:mujhe |humein |hume )?{_CONTACT} (?:mat|na) {_DO} {_AGAIN}",
        "do not contact me again",
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
