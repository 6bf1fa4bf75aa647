"""Travel said as overnights judged ("occasional overnights ok", "overnights are out").

Twins: overnights reported, not judged; client visits are left unread (a cap said only as "not
every week" has no share to hold: ``tests/test_reader.py``).
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
    ],
)
def test_overnights_judged_are_travel(note, polarity):
    assert travel(note) == {polarity}, note


@pytest.mark.parametrize(
    "note", ["the overnights went well last month", "Client visits are fine now and then"]
)
def test_overnights_reported_and_client_visits_are_not_read(note):
    assert not travel(note), note
