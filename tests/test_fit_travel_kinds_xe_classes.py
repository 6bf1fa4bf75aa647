"""Travel refused by its kind, of the kind several held-out first runs missed: nights away ("day
trips are fine but no overnights", "can't be away from home overnight", "won't stay away") and
flying ("will drive anywhere, won't fly", "no more red-eyes"), set against the role's travel of
that kind: "two nights away a week" or flights go against them, "day trips only" or a
company-car patch suits them.

Twins left alone: a commute "from home" is no stay away, a role that does not say how it
travels is judged by its share as before, and an overnight shift is no night away. Sentences
are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found

NIGHTS_AWAY = {
    "title": "Area Auditor",
    "description": "Visits across Scotland, usually two nights away a week.",
}
DAY_TRIPS = {"title": "Area Auditor", "description": "Store visits across Kent, day trips only."}
FLIES = {
    "title": "Field Engineer",
    "description": "Monthly flights to our plants in Spain and Poland.",
}
DRIVES = {
    "title": "Field Engineer",
    "description": "Driving between customer sites in Wales; company car provided.",
}


@pytest.mark.parametrize(
    "note",
    [
        "day visits fine but no overnights, not with a newborn",
        "she can't be away from home overnight",
        "He won't stay away from home any more.",
    ],
)
def test_nights_away_refused_go_against_nights_away_and_suit_day_trips(note):
    assert goes_against(note, "travel", **NIGHTS_AWAY)
    assert suits(note, "travel", **DAY_TRIPS)


@pytest.mark.parametrize(
    "note",
    [
        "will drive anywhere, won't fly",
        "no more red-eyes after last year",
    ],
)
def test_flying_refused_goes_against_flights_and_suits_a_road_patch(note):
    assert goes_against(note, "travel", **FLIES)
    assert suits(note, "travel", **DRIVES)


def test_a_stay_away_refused_is_no_commute():
    assert not {f for f in found("He won't stay away from home any more.") if f[0] == "commute"}


def test_an_overnight_shift_is_no_night_away():
    assert "travel" not in judged(
        "day visits fine but no overnights, not with a newborn",
        title="Operator",
        description="Overnight shift, 10pm to 6am.",
    ).get("unmet", set())
