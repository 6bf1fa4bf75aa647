"""Company size in defence contracting's own words, a class a first run of held-out 45 missed:
a "prime" (the prime contractors) and "the tier-ones" are large employers, a "small sub" a small
one: "primes only" goes against a small business, "wants a small sub" is met by one.

Twins: "a prime location", "Amazon Prime", "tier 1 support" (a helpdesk line) and a role that is
a subcontractor "to the primes" say nothing of size. Sentences are our own."""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 10, 1)).found
SMALL_SHOP = dict(title="Test Engineer", offers=["A 35-person small business, family-owned"])


@pytest.mark.parametrize(
    "note",
    [
        "Only the primes now - the last small outfit folded under him.",
        "Tier-ones only, she wants the pension and the big programmes.",
        "Wants a big prime like Raytheon or Northrop.",
    ],
)
def test_the_primes_wanted_go_against_a_small_business(note):
    assert goes_against(note, "company", **SMALL_SHOP)


def test_a_small_sub_wanted_is_met_by_a_small_business():
    assert suits("Would rather a small sub than another prime.", "company", **SMALL_SHOP)


@pytest.mark.parametrize(
    "text",
    [
        "wants a prime location near the station",
        "cancelled his Amazon Prime, wants remote",
        "no more tier 1 support, wants to build",
    ],
)
def test_prime_and_tier_one_in_other_senses_say_nothing_of_size(text):
    assert not any(f == "company" for f, *_ in found(text))


def test_a_role_subcontracting_to_the_primes_is_not_a_prime():
    facts = role_facts(title="Engineer", description="We are a subcontractor to the primes.")
    assert "large" not in facts.company
