"""The generator's own tables: levels, years, how applications end and how long stages take.

Words live in ``data/demo/content/*.toml``; these numbers decide how often each thing happens,
and the small rules below (which filter admits whom, which level someone had when) are shared
by every part of the generator.
"""

import random

GROUPS: dict[str, set[str]] = {
    "eng": {"backend", "frontend", "mobile", "platform"},
    "data": {"data_eng", "analytics", "ml"},
    "product": {"design", "product"},
    "gtm": {"sales", "customer_success", "marketing"},
    "ops": {"finance", "people"},
}
GROUPS["tech"] = GROUPS["eng"] | GROUPS["data"]

# Comparable level of a seniority for "too junior / too senior" decisions (staff ~ lead).
LEVEL = {"junior": 0, "mid": 1, "senior": 2, "staff": 3, "lead": 3, "manager": 4, "director": 5}
SENIORITY_WEIGHTS = {
    "junior": 12,
    "mid": 30,
    "senior": 30,
    "staff": 6,
    "lead": 9,
    "manager": 8,
    "director": 5,
}
YEARS = {
    "junior": (0.6, 2.4),
    "mid": (2.5, 5.4),
    "senior": (5.0, 10.5),
    "staff": (8.0, 16.0),
    "lead": (7.0, 14.0),
    "manager": (7.0, 15.0),
    "director": (11.0, 22.0),
}
CURRENCY_SYMBOL = {"EUR": "€", "GBP": "£", "USD": "$"}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "twenty-one",
    "twenty-two",
)

# How an application ended: (outcome, reason key, stage weights, weight). The reason key is
# the vocabulary reason, or a finer key for the note pool ("experience_junior").
ENDINGS: list[tuple[str, str, dict[str, int], float]] = [
    ("rejected", "skills_gap", {"applied": 30, "screen": 30, "interview": 30, "onsite": 10}, 17),
    ("rejected", "experience_junior", {"applied": 15, "screen": 45, "interview": 40}, 7),
    ("rejected", "experience_senior", {"applied": 30, "screen": 60, "interview": 10}, 2.5),
    ("rejected", "compensation_rejected", {"screen": 80, "interview": 20}, 4),
    ("declined_offer", "compensation_declined", {"offer": 1}, 2.5),
    ("rejected", "location_rejected", {"applied": 50, "screen": 50}, 2.5),
    ("withdrew", "location_withdrew", {"screen": 40, "interview": 40, "onsite": 20}, 2),
    ("declined_offer", "location_declined", {"offer": 1}, 0.7),
    ("withdrew", "remote_policy", {"screen": 40, "interview": 40, "onsite": 20}, 3),
    ("declined_offer", "remote_policy", {"offer": 1}, 1.5),
    ("withdrew", "timing_withdrew", {"screen": 50, "interview": 50}, 3),
    ("rejected", "timing_rejected", {"applied": 70, "screen": 30}, 2),
    ("rejected", "other_candidate", {"final": 1}, 11),
    ("rejected", "other_candidate_onsite", {"onsite": 1}, 2),
    (
        "position_closed",
        "headcount",
        {"applied": 20, "screen": 30, "interview": 30, "onsite": 15, "final": 5},
        5,
    ),
    ("withdrew", "not_interested", {"screen": 50, "interview": 35, "onsite": 15}, 4),
    ("withdrew", "other_withdrew", {"screen": 30, "interview": 50, "onsite": 20}, 4),
    ("declined_offer", "other_declined", {"offer": 1}, 0.7),
    ("declined_offer", "counteroffer", {"offer": 1}, 2),
    ("rejected", "culture_fit", {"interview": 40, "onsite": 40, "final": 20}, 3.5),
    ("rejected", "conduct", {"interview": 60, "onsite": 40}, 0.5),
    ("rejected", "no_show", {"screen": 60, "interview": 40}, 1.5),
    ("rejected", "spam", {"applied": 1}, 1),
    ("rejected", "duplicate", {"applied": 1}, 0.7),
    ("rejected", "other", {"screen": 40, "interview": 60}, 1.5),
]
# Endings that happen to one person at most once.
ONCE = {"culture_fit", "conduct", "no_show", "spam", "duplicate"}
# Note-pool key -> vocabulary reason.
REASON_OF = {
    "experience_junior": "experience_level",
    "experience_senior": "experience_level",
    "compensation_rejected": "compensation",
    "compensation_declined": "compensation",
    "location_rejected": "location",
    "location_withdrew": "location",
    "location_declined": "location",
    "timing_withdrew": "timing",
    "timing_rejected": "timing",
    "other_candidate_onsite": "other_candidate",
    "other_withdrew": "other",
    "other_declined": "other",
}
# Days from application to decision, by the last stage reached.
STAGE_DAYS = {
    "applied": (2, 14),
    "screen": (6, 20),
    "interview": (12, 30),
    "onsite": (18, 40),
    "final": (24, 50),
    "offer": (30, 60),
}
STAGE_WORDS = {
    "applied": "CV review",
    "screen": "screen",
    "interview": "technical interview",
    "onsite": "onsite",
    "final": "final round",
    "offer": "offer stage",
}
# Ratings (panel average) by how it ended.
RATING = {
    "other_candidate": (4.0, 4.9),
    "other_candidate_onsite": (3.6, 4.3),
    "skills_gap": (2.0, 3.4),
    "experience_junior": (2.6, 3.7),
    "experience_senior": (3.2, 4.2),
    "culture_fit": (1.8, 3.0),
    "conduct": (1.0, 2.0),
}


def weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def in_filter(spec, family: str, seniority: str | None = None, sen_spec=None) -> bool:
    """Whether a content entry's family/seniority filter admits this person."""
    if spec is not None:
        allowed = {spec} if isinstance(spec, str) else set(spec)
        expanded = set()
        for item in allowed:
            expanded |= GROUPS.get(item, {item})
        if family not in expanded:
            return False
    return sen_spec is None or seniority in sen_spec


def seniority_at(years_then: float, final: str) -> str:
    """The level someone had ``years_then`` years into a career that ends at ``final``."""
    if years_then < 2.5:
        level = "junior"
    elif years_then < 5:
        level = "mid"
    else:
        level = "senior"
    if final == "staff" and years_then >= 8:
        level = "staff"
    if final in ("lead", "manager", "director") and years_then >= 7:
        level = "lead"
    if final in ("manager", "director") and years_then >= 9:
        level = "manager"
    if final == "director" and years_then >= 12:
        level = "director"
    return final if LEVEL[level] > LEVEL[final] else level


def level_fits(tag: str | None, level: int) -> bool:
    if tag is None:
        return True
    if tag == "early":
        return level <= LEVEL["mid"]
    return LEVEL[tag] <= level
