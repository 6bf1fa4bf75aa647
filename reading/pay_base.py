"""A figure said of the base salary: never the total, whatever follows it.

Sales notes give base and on-target earnings side by side ("Base around £55k, OTE about 100",
"base must be £80k+, OTE is irrelevant"): the figure right after "base" is the base salary,
set against the role's base band, even when the next words name the OTE (which is the other
figure's, or none). ``reading.pay`` reads "OTE" right after a figure as its basis otherwise
("£120k OTE"). Twins left alone: "OTE £100k" (total), "£60k base + £40k OTE" (the second total).
"""

from __future__ import annotations

import re

_BASE_BEFORE = re.compile(
    r"\b(?:base|basic)(?: salary| pay)?(?:\W+(?:of|at|around|about|roughly|circa|c\.|ca\.|is|was|"
    r"must be|has to be|needs? to be|should be|at least|min(?:imum)?|no less than|not below|"
    r"of at least|\w+ly))*\W*$"
)


def said_of_base(before: str) -> bool:
    """True when the words right before a figure name it as the base salary."""
    return bool(_BASE_BEFORE.search(before[-40:]))
