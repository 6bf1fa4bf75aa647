"""Travel said as overnights judged ("occasional overnights ok", "overnights are out") and as
visits to clients or sites ("happy doing client visits", "no more site visits").

Twins: a visit reported, not judged ("the client visits went well"); a visit to see a site before
deciding is no travel.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 1))


def travel(note: str) -> set[str]:
    return {k[1] for k in AT.found(note) if k[0] == "travel"}


@pytest.mark.parametrize(
    ("note", "polarity"),
    [
        ("occasional overnights ok", "wish"),
        ("overnights are out now", "avoid"),
        ("happy doing customer visits", "wish"),
        ("no more site visits please", "avoid"),
    ],
)
def test_overnights_and_visits_judged_are_travel(note, polarity):
    assert travel(note) == {polarity}, note


@pytest.mark.parametrize(
    "note", ["the client visits went well", "wants to visit the site before deciding"]
)
def test_visits_reported_are_not(note):
    assert not travel(note), note
