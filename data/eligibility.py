"""Who may be contacted, who is owed feedback, who is a silver medalist: each rule once.

Every rule is written twice on purpose — as a Python predicate over loaded records and as the
SQL clause that selects the same people in the database — and ``tests/test_eligibility.py``
checks that the two agree on the same pool. Nothing else in Encore spells these rules out.

Exclusion rules are applied in order; a person counts under the first rule that holds.
"""

from __future__ import annotations

from datetime import date

from data.conditions import OPT_OUT_KEY
from data.vocab import EXCLUDED_REASONS

EXCLUSION_RULES = ("do_not_contact", "consent_expired", "opted_out", "spam_or_duplicate")
_EXCLUDED = tuple(r.value for r in EXCLUDED_REASONS)

# SQL fragments over ``candidate c`` (raw SQL paths: the PostgreSQL preselection).
OPTED_OUT_SQL = (
    "EXISTS (SELECT 1 FROM candidate_condition cc WHERE cc.candidate_id = c.id"
    f" AND cc.key = '{OPT_OUT_KEY}' AND cc.active)"
)
FLAGGED_SQL = (
    "EXISTS (SELECT 1 FROM application a WHERE a.candidate_id = c.id"
    " AND a.reason IN (" + ", ".join(f"'{r}'" for r in _EXCLUDED) + "))"
)
CONSENT_EXPIRED_SQL = "(c.consent_until IS NOT NULL AND c.consent_until < :today)"


def exclusion_rule(
    *,
    do_not_contact: bool,
    consent_until: date | None,
    opted_out: bool,
    reasons: list[str | None],
    today: date,
) -> str | None:
    """The first rule that leaves this person out of rankings, drafts and lists, or None."""
    if do_not_contact:
        return "do_not_contact"
    if consent_until is not None and consent_until < today:
        return "consent_expired"
    if opted_out:
        return "opted_out"
    if any(r in _EXCLUDED for r in reasons):
        return "spam_or_duplicate"
    return None
