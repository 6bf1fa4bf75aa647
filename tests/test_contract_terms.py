"""Contract terms a person asked for against a role's: a fixed-term seat or freelance work is
contract work, so "no more contracts" is not met by a 12-month fixed term, and "perm only" is
not either."""

import pytest

from matching.judgements import ConditionFact
from matching.verdict import verdict
from reading.role_facts import RoleFacts


def _condition(polarity: str, kind: str) -> ConditionFact:
    return ConditionFact(
        id=1,
        facet="contract",
        polarity=polarity,
        value={"kind": kind},
        span_text=None,
        said_at=None,
        source_kind="motivation",
        source_id=1,
    )


@pytest.mark.parametrize(
    ("polarity", "kind", "role_terms", "met"),
    [
        ("avoid", "contract", "fixed_term", False),  # "done with contracting" vs 12-month FTC
        ("avoid", "contract", "freelance", False),
        ("avoid", "contract", "contract", False),
        ("avoid", "contract", "permanent", True),
        ("must", "permanent", "fixed_term", False),  # "perm only" vs maternity cover
        ("must", "permanent", "permanent", True),
        ("wish", "contract", "fixed_term", True),  # wants contracts: a fixed term is one
        ("wish", "contract", "permanent", False),
        ("avoid", "permanent", "fixed_term", True),
    ],
)
def test_a_fixed_term_or_freelance_seat_counts_as_contract_work(polarity, kind, role_terms, met):
    role = RoleFacts(contract=role_terms)
    assert verdict(_condition(polarity, kind), role) is met


def test_terms_the_role_does_not_state_cannot_be_judged():
    assert verdict(_condition("avoid", "contract"), RoleFacts()) is None
