"""Travel counted in trips and by how often: a cap said in trips ("two trips a year, tops", "no
more than one trip a quarter") is a small share of the time, set against a role's travel stated
as a share of the time on the road or as a week somewhere so often ("a week in Manila every
quarter", "a trip to Hanoi most months"); "misses the travel" is a wish for it; a limit said to be
another's ("no travel for him" in a note about her husband) is not the person's, and "can't travel
at all" is none, not a little. Sentences are our own."""

import pytest

from reading import read
from reading.role_facts import role_facts
from reading.travel import role_share, share
from tests.fit_helpers import SAID, goes_against, suits

ON_THE_ROAD = dict(
    title="Regional Sales Director",
    description="Cover the Levant accounts from Amman; roughly 35% of the time on the road.",
)
QUARTERLY = dict(
    title="Product Manager",
    description="Own the lending roadmap; a week in Manila every quarter.",
)
MONTHLY_TRIP = dict(
    title="Product Manager",
    description="Own the Vietnam market, with a trip to Hanoi most months.",
)


def travel(text: str) -> list[tuple[str, float | None]]:
    return [
        (c.polarity, c.value.get("share")) for c in read(text, said_at=SAID) if c.facet == "travel"
    ]


@pytest.mark.parametrize(
    "text, most",
    [
        ("two trips a year, tops", 0.05),
        ("no more than one trip a quarter now the twins are here", 0.08),
        ("max 3 trips per year", 0.07),
    ],
)
def test_a_cap_said_in_trips_is_a_small_share(text, most):
    assert share(text) == most


@pytest.mark.parametrize(
    "description, share_",
    [
        (ON_THE_ROAD["description"], 0.35),
        (QUARTERLY["description"], 0.08),
        (MONTHLY_TRIP["description"], 0.25),
        ("Two days a month in our Leeds office.", None),  # office days, not travel
        ("25 days a year holiday plus bank holidays.", None),
    ],
)
def test_a_roles_travel_is_read_by_how_often(description, share_):
    assert role_share(description) == share_


def test_a_roles_travel_by_how_often_reaches_its_terms():
    assert role_facts(**ON_THE_ROAD).travel_share == 0.35
    assert role_facts(**QUARTERLY).travel_share == 0.08


@pytest.mark.parametrize(
    "note",
    ["Twins due in March - a couple of trips a year max from now on.", "two trips a year, tops"],
)
def test_a_cap_in_trips_goes_against_a_role_on_the_road_a_third_of_the_time(note):
    assert goes_against(note, "travel", **ON_THE_ROAD)


def test_one_trip_a_quarter_is_met_by_a_week_away_each_quarter_and_missed_by_monthly_trips():
    note = "no more than one trip a quarter now the twins are here"
    assert suits(note, "travel", **QUARTERLY)
    assert goes_against(note, "travel", **MONTHLY_TRIP)


@pytest.mark.parametrize(
    "note", ["She misses the travel from her old job.", "misses being on the road"]
)
def test_missing_the_travel_is_a_wish_for_it(note):
    assert travel(note) == [("wish", None)]
    assert suits(note, "travel", **ON_THE_ROAD)


@pytest.mark.parametrize(
    "note",
    [
        "Her partner's shifts mean no travel for him, so she does the trips - fine with Manila.",
        "no travel for her husband, his clinic won't allow it",
        "His wife has the kids every evening, no overnights for her.",
    ],
)
def test_a_travel_limit_said_to_be_someone_elses_is_not_theirs(note):
    assert travel(note) == []


@pytest.mark.parametrize(
    "note", ["no travel for him, he's got the kids", "she can't travel at all - school runs"]
)
def test_their_own_limit_stays(note):
    assert [p for p, _ in travel(note)] == ["avoid"]


def test_no_travel_at_all_goes_against_a_week_away_a_quarter():
    assert travel("she can't travel at all - school runs") == [("avoid", 0.0)]
    assert goes_against("she can't travel at all - school runs", "travel", **QUARTERLY)
    assert travel("happy to travel at all times") == [("wish", None)]
