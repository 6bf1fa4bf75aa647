"""Keyword cues that put a free-text motivation into a category.

Only a first guess for imported statements; the matcher compares the statements themselves
(embeddings), and a recruiter can correct the category on the candidate page.
"""

from data.vocab import MotivationCategory as C

_CUES: list[tuple[str, tuple[str, ...]]] = [
    (
        C.remote,
        (
            "remote",
            "commut",
            "work from home",
            "wfh",
            "office",
            "on-site",
            "onsite",
            "in person",
            "in-person",
            "hybrid",
            "distributed",
        ),
    ),
    (C.relocation, ("relocat", "moving to", "move to", "visa", "partner is moving", "back home")),
    (C.leadership, ("lead", "manag", "mentor", "team of", "people leader", "direct report")),
    (
        C.work_life_balance,
        (
            "balance",
            "burn",
            "hours",
            "4-day",
            "four-day",
            "part-time",
            "part time",
            "family",
            "kids",
            "on-call",
            "on call",
            "flexib",
        ),
    ),
    (
        C.compensation,
        (
            "pay",
            "salary",
            "compensation",
            "equity",
            "bonus",
            "money",
            "raise",
            "paid",
            "k+",
            "€",
            "£",
            "$",
        ),
    ),
    (
        C.stack,
        (
            "stack",
            "rust",
            "python",
            "go ",
            "golang",
            "kotlin",
            "typescript",
            "react",
            "kubernetes",
            "cloud",
            "language",
            "framework",
            "technolog",
            "tooling",
            "legacy",
        ),
    ),
    (
        C.mission,
        (
            "mission",
            "impact",
            "climate",
            "health",
            "purpose",
            "meaningful",
            "nonprofit",
            "non-profit",
            "social",
            "ethic",
            "education",
        ),
    ),
    (C.title, ("title", "promotion", "senior title", "staff", "principal", "recognition")),
    (
        C.stability,
        (
            "stab",
            "secure",
            "security",
            "runway",
            "profitable",
            "layoff",
            "laid off",
            "funding",
            "established",
        ),
    ),
    (C.growth, ("learn", "grow", "career", "challenge", "scope", "ownership", "develop")),
]


def categorise(statement: str) -> str | None:
    text = f" {statement.lower()} "
    for category, cues in _CUES:
        if any(cue in text for cue in cues):
            return category.value
    return None
