"""A role's travel said as a week away that comes round on a calendar: "monthly week in New York
with the US team", "a quarterly week at the Austin office", "fortnightly week on site in Leeds".

``reading.role_travel`` reads "one week a month at the Stuttgart office" and "quarterly trips to
Basel"; the adjective before "week" is the same trip said another way. A week is some five
working days, so a monthly one is about a quarter of the time, a quarterly one under a tenth.
A week "in the office" or "at our HQ" with no place named is the office of a remote or hybrid
role, not a trip, as it is for ``reading.travel.role_share``.
"""

from __future__ import annotations

import re

_PERIODIC_WEEK = re.compile(
    r"\b(?P<per>fortnightly|monthly|bi-?monthly|quarterly|twice-yearly|biannual|annual|yearly)\s+"
    r"(?:working\s+|work\s+|on-?site\s+)?weeks?\s+(?:on[- ]site\s+|away\s+|abroad\s+)?(?:in|at|with|visiting|to)\s+"
    r"(?!(?:the|our|your)\s+(?:office|hq|head ?office|headquarters)\b)",
    re.I,
)
# Five working days out of the days in the period.
_SHARE = {
    "fortnightly": 0.5,
    "monthly": 0.23,
    "bimonthly": 0.12,
    "bi-monthly": 0.12,
    "quarterly": 0.08,
    "twice-yearly": 0.04,
    "biannual": 0.04,
    "annual": 0.02,
    "yearly": 0.02,
}


def periodic_week_share(terms: str) -> float | None:
    """The share of the time away a role's "monthly week in New York" says, or None."""
    found = _PERIODIC_WEEK.search(terms)
    return _SHARE[found["per"].lower()] if found else None
