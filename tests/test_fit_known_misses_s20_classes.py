"""Defects and classes the twentieth session's strangers' sets showed, fixed in our own wording.

- A role whose description spells a head count with a capital ("an Eight-person
  startup") crashed every search over open roles; the count is read whatever its case.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts

NOV = date(2026, 11, 4)


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


@pytest.mark.parametrize(
    "note, facet, value",
    [
        ("Left the charity sector for good after the cuts.", "company", {"kind": "nonprofit"}),
        ("she's left banking behind", "industry", {"name": "banking"}),
        ("Cand left retail for good last year.", "industry", {"name": "retail"}),
        ("Has left consulting forever, she says.", "company", {"kind": "consultancy"}),
    ],
)
def test_a_world_left_for_good_is_refused_not_wished_for(note, facet, value):
    found = [(c.facet, c.polarity, c.value) for c in read(note, said_at=NOV)]
    assert (facet, "avoid", value) in found
    assert (facet, "wish", value) not in found


def test_a_move_told_with_left_says_nothing_of_the_place_or_the_world_left():
    assert read("Left Google in March, loved it there.", said_at=NOV) == []
    moved = read("Left retail for a bank in Leeds.", said_at=NOV)
    assert not [c for c in moved if c.polarity == "avoid"]
