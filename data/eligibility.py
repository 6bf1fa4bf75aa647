"""Who may be contacted, who is owed feedback, who is a silver medalist: each rule once.

Every rule is written twice on purpose — as a Python predicate over loaded records and as the
SQL clause that selects the same people in the database — and ``tests/test_eligibility.py``
checks that the two agree on the same pool. Nothing else in Encore spells these rules out.

Exclusion rules are applied in order; a person counts under the first rule that holds.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, exists, or_

from data.conditions import OPT_OUT_KEY, opted_out_clause
from data.models import Application, Candidate
from data.vocab import EXCLUDED_REASONS, STAGE_ORDER

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


# --- applications ----------------------------------------------------------------------

_FEEDBACK_STAGES = tuple(s for s, o in STAGE_ORDER.items() if o >= STAGE_ORDER["interview"])
_SILVER_STAGES = tuple(s for s, o in STAGE_ORDER.items() if o >= STAGE_ORDER["final"])


def is_feedback_owed(app) -> bool:
    """Interviewed, turned down by us, and no feedback recorded as given."""
    return (
        app.stage_reached in _FEEDBACK_STAGES
        and app.outcome == "rejected"
        and app.feedback_given is False
    )


def feedback_owed_clause():
    """SQL over ``application``: the same people as ``is_feedback_owed``."""
    return and_(
        Application.stage_reached.in_(_FEEDBACK_STAGES),
        Application.outcome == "rejected",
        Application.feedback_given.is_(False),
    )


def feedback_to_send_clause():
    """SQL over ``application`` joined to ``candidate``: feedback owed to someone we may still
    write to (not do-not-contact) — what the Feedback page, Home and Pool health all count."""
    return and_(feedback_owed_clause(), Candidate.do_not_contact.is_(False))


def is_silver_medalist(app) -> bool:
    """Reached the final round (or an offer) and lost only to another candidate."""
    return app.stage_reached in _SILVER_STAGES and app.reason == "other_candidate"


def silver_medalist_clause():
    """SQL over ``application``: the same applications as ``is_silver_medalist``."""
    return and_(
        Application.stage_reached.in_(_SILVER_STAGES), Application.reason == "other_candidate"
    )


def excluded_clause(today: date):
    """SQL over ``candidate``: everyone ``exclusion_rule`` leaves out (any rule)."""
    return or_(
        Candidate.do_not_contact.is_(True),
        and_(Candidate.consent_until.is_not(None), Candidate.consent_until < today),
        opted_out_clause(Candidate.id),
        exists().where(Application.candidate_id == Candidate.id, Application.reason.in_(_EXCLUDED)),
    )
