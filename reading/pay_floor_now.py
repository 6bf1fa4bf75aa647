"""Today's pay named as the floor: a refusal to go below what they are on now.

"Not moving for less than my current £90k", "won't go below her present salary of 60k": the
figure is the pay they are on (``reading.pay`` would otherwise pass it over as today's pay) and
also the least they will take, so it is read as a floor. Twins left alone: "currently on £90k,
wants more" (today's pay, no floor), "on £90k, would take £70k" (the ask is the other figure).
"""

from __future__ import annotations

import re

# The pay they are on named as the floor: "not moving for less than my current £90k", "won't
# go below her present salary of 60k" - the figure is today's pay, and the least they will take.
BELOW_CURRENT = re.compile(
    r"\b(?:won't|wont|will not|wouldn't|would not|can't|cannot|not|never)\b[^.;,]{0,25}"
    r"\b(?:below|under|less than|lower than)\s+(?:(?:my|her|his|their|the|what (?:is|was) (?:my|her|his|their)) )?"
    r"(?:current|present)(?: (?:salary|pay|base|basic|package|rate|day rate|comp))?(?: of)?\W*$"
)


def below_current(before: str) -> bool:
    """True when the words before a figure refuse to go below the pay it names as current."""
    return bool(BELOW_CURRENT.search(before))
