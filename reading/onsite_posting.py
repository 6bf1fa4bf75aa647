""" "Onsite" as Indian IT services say it: a posting at the client's site abroad, not the office.

"Looking for onsite opportunities", "wants to go onsite (US, on an L1)", "no onsite, parents
are here" speak of a stint in another country, which a role offers as "L1 transfer to the Dallas
client site after a year" (``RoleFacts.posted_abroad``). Read as the office, such a wish was met
by every office-based role and such a refusal stood against them all.
"""

from __future__ import annotations

import re

# "onsite" followed by what a posting is called, or by where it sends them
_NAMED = re.compile(
    r"\W{0,2}(?:opportunit(?:y|ies)|opps?\b|oppty|assignments?|postings?|deputation|stints?|"
    r"projects?|exposure|chances?|travel|transfers?|(?:role|job)s? (?:abroad|overseas|in the us)|"
    r"abroad|overseas|(?:to|in|at) (?:the )?(?:us|usa|uk|europe|germany|client(?:'s)? (?:site|location)|"
    r"canada|australia|japan|singapore))\b"
)
# ... or a visa for one, or "going onsite" said beside a country
_AROUND = re.compile(
    r"\b(?:h-?1b?|l-?1|l1a|l1b|b1|b-1|visa|abroad|overseas|client location|deputation)\b"
)
_GO = re.compile(r"\b(?:go|goes|going|went|gone|sent|send|travel(?:l?ing)?|fly|move)\s+$")


def is_posting(text: str, start: int, end: int) -> bool:
    """Whether the "onsite" at ``text[start:end]`` (lower case) is a posting abroad."""
    if not re.fullmatch(r"on[- ]?site", text[start:end]):
        return False
    if _NAMED.match(text, end):
        return True
    lo = max(text.rfind(x, 0, start) for x in ".;!?\n") + 1
    hi = min((i for i in (text.find(x, end) for x in ".;!?\n") if i >= 0), default=len(text))
    return bool(_AROUND.search(text, lo, hi)) and bool(
        _GO.search(text, max(lo, start - 12), start) or _AROUND.search(text, end, hi)
    )
