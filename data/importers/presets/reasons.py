"""How the ATSs word a disposition, and what it means in our vocabulary (``data.vocab``).

Each entry maps a reason's text, compared without case, spaces or punctuation, to an
``(outcome, reason)`` pair; either may be ``None`` when the text does not say (Greenhouse's
"Other" exists both as "We rejected them" and "They rejected us", so the reason type column
decides the outcome). The original words always stay in ``reason_note``.
"""

import re

from data.vocab import Outcome, Reason

Rule = tuple[str | None, str | None]

R, W, D, H, C = (
    Outcome.rejected.value,
    Outcome.withdrew.value,
    Outcome.declined_offer.value,
    Outcome.hired.value,
    Outcome.position_closed.value,
)

# Words that are not one ATS's own but that recruiters type into custom reason lists.
COMMON: dict[str, Rule] = {
    "hired": (H, None),
    "withdrew": (W, None),
    "withdrawn": (W, None),
    "candidate withdrew": (W, None),
    "position closed": (C, None),
    "role closed": (C, None),
    "job closed": (C, None),
    "duplicate": (None, Reason.duplicate),
    "spam": (R, Reason.spam),
    "other": (None, Reason.other),
    "compensation": (None, Reason.compensation),
    "salary": (None, Reason.compensation),
    "location": (None, Reason.location),
    "timing": (None, Reason.timing),
    "culture fit": (R, Reason.culture_fit),
    "not interested": (W, Reason.not_interested),
    "no show": (R, Reason.no_show),
    "counteroffer": (W, Reason.counteroffer),
    "accepted counteroffer": (W, Reason.counteroffer),
    "accepted another offer": (W, Reason.not_interested),
    "headcount": (C, Reason.headcount),
}


def key(text: str) -> str:
    """'Lacking skill(s) / qualification(s)' and 'lacking skill(s)/qualification(s)' agree."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def table(*tables: dict[str, Rule]) -> dict[str, Rule]:
    merged: dict[str, Rule] = {}
    for t in (COMMON, *tables):
        merged.update({key(text): (o, r.value if r else None) for text, (o, r) in t.items()})
    return merged


def lookup(text: str, rules: dict[str, Rule]) -> tuple[Rule, bool]:
    """The rule for a reason's text, and whether it was known (unknown → other, text kept)."""
    word = text.strip().lower().replace(" ", "_").replace("-", "_")
    if word in Reason.__members__:
        return (None, word), True
    if (rule := rules.get(key(text))) is not None:
        return rule, True
    return (None, Reason.other.value), False
