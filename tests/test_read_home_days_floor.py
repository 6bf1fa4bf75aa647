"""Home days asked as a floor ("WFH at least 2 days", "wfh min 2 days/wk", "at least two days
working from home") are a hybrid week with at most the rest in the office - not a wish for fully
remote work, and not part-time hours. "Fully WFH only" is still remote, and office days asked as
a floor are still office days."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

at = ReadAt(date(2026, 11, 20))


def _modes(note: str) -> set[tuple]:
    return {k for k in at.found(note) if k[0] in ("work_mode", "schedule")}


@pytest.mark.parametrize(
    "note",
    [
        "Wants WFH at least 2 days a week, can't go back to five in.",
        "wfh min 2 days/wk or no deal",
        "Needs at least two days working from home for the school pick-ups.",
        "a minimum of 2 days from home",
    ],
)
def test_home_days_asked_as_a_floor_are_a_hybrid_week(note):
    found = _modes(note)
    assert any(k[:2] == ("work_mode", "must") and "hybrid" in k for k in found), found
    assert not any("remote" in k for k in found)
    assert not any(k[0] == "schedule" for k in found)


def test_fully_from_home_is_still_remote():
    assert any("remote" in k for k in _modes("Fully WFH only, no office at all."))


def test_office_days_asked_as_a_floor_are_still_office_days():
    assert any("hybrid" in k for k in _modes("needs at least 2 days in the office"))
