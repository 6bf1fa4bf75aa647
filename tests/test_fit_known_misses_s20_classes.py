"""Defects and classes the twentieth session's strangers' sets showed, fixed in our own wording.

- A role whose description spells a head count with a capital ("an Eight-person
  startup") crashed every search over open roles; the count is read whatever its case.
"""

from __future__ import annotations

import pytest

from reading.role_facts import role_facts


@pytest.mark.parametrize(
    "description, small",
    [
        ("Eight-person startup, you'd be the only data engineer.", True),
        ("We are a team of TWELVE.", True),
        ("A Fifteen-strong legal team inside a bank.", True),
        ("A 4,000-person group with Twenty offices.", False),
    ],
)
def test_a_head_count_spelt_with_a_capital_is_read_not_a_crash(description, small):
    facts = role_facts(title="Backend Engineer", description=description)
    assert ("small" in facts.company) is small
