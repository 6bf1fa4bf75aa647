"""Hindi typed in Latin letters: what is no longer needed, what is the only way, and what will
do (joined to the shared tables in ``reading.foreign_tables``).

"sponsorship ki zaroorat nahi" is "doesn't need sponsorship" (the bare "sponsorship" was read
as a need); "sirf remote" is "remote only" ("sirf", "bas", "keval": only); "office chalega"
("the office will do") is happy to work from the office, which a later note can say to lift an
earlier "sirf remote".
"""

from __future__ import annotations

_NO = r"(?:nahi|nahin|nai|nhi)"
_ONLY = r"(?:sirf|sirif|srf|keval|kewal)"
_WILL_DO = (
    r"(?:chalega|chal jayega|chal jaayega|chalta hai|theek hai|thik hai|theek rahega|thik rahega)"
)

WORDS: tuple[tuple[str, str], ...] = (
    (
        rf"(?:visa )?sponsorship ki (?:zaroorat|zarurat|jarurat|zaroorat|jaroorat) {_NO}"
        r"(?: (?:hai|h|he|padegi|padegi|hogi))?",
        "doesn't need sponsorship",
    ),
    (rf"(?:visa )?sponsorship {_NO} chahiye", "doesn't need sponsorship"),
    (rf"{_ONLY} (?:remote|wfh|work from home)(?: hi)?", "remote only"),
    (rf"{_ONLY} hybrid(?: hi)?", "hybrid only"),
    (
        rf"(?:office|daftar)(?: (?:jaana|aana|wala kaam|se kaam))? {_WILL_DO}",
        "happy to work from the office",
    ),
)
