"""A commute said as a journey's length or a driving limit, against an office: "2.5 hrs each way
to Whitefield - won't do that daily" refuses the daily journey; "won't drive more than 20 minutes
to work" is a cap that an office in another town misses; "would love to stop commuting to Elgin"
refuses the journey to Elgin, not one to this role's office. Hours with a fraction or in words
("2.5 hrs", "two hours") are read as minutes."""

import pytest

from reading.commute import minutes
from tests.fit_helpers import SAID, goes_against, judged
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

WHITEFIELD = dict(
    title="Backend Engineer",
    remote_policy="onsite",
    location="Bengaluru, India",
    offers=["WFO 5 days at our Whitefield campus"],
)
JOLIET = dict(title="Shift Lead", remote_policy="onsite", location="Joliet, IL, USA")


@pytest.mark.parametrize(
    "text, expected",
    [("2.5 hrs each way", 150), ("1.5 hours on the bus", 90), ("two hours a day", 120)],
)
def test_hours_with_a_fraction_or_in_words_are_minutes(text, expected):
    assert minutes(text) == expected


@pytest.mark.parametrize(
    "note",
    [
        "Lives in Kengeri; Whitefield is 2.5 hrs each way in traffic - won't do that daily.",
        "Whitefield would be 90 minutes each way, not doing that every day.",
        "it's two hours each way to Whitefield, she won't do it",
    ],
)
def test_a_long_journey_refused_goes_against_a_five_day_office(note):
    assert goes_against(note, "commute", **WHITEFIELD)


@pytest.mark.parametrize(
    "note",
    [
        "Lives in Gary, IN; won't drive more than 20 minutes to work.",
        "won't drive past 20 mins, lives in Gary",
        "Gary-based, won't take the bus for more than half an hour",
    ],
)
def test_a_driving_limit_goes_against_an_office_in_another_town(note):
    assert goes_against(note, "commute", person_location="Gary, IN, USA", **JOLIET)


def test_a_driving_limit_is_no_obstacle_for_an_office_in_their_own_town():
    note = "won't drive more than 20 minutes to work"
    assert not goes_against(note, "commute", person_location="Joliet, IL, USA", **JOLIET)


@pytest.mark.parametrize(
    "note",
    [
        "Lives ten minutes from the Joliet DC, would love to stop commuting to Elgin.",
        "sick of the drive into Naperville every day",
        "Hates commuting to Chicago Loop.",
    ],
)
def test_a_journey_to_another_place_refused_is_not_against_this_office(note):
    assert "unmet" not in judged(note, person_location="Joliet, IL, USA", **JOLIET)


def test_a_journey_to_this_office_refused_still_counts():
    note = "sick of the drive into Joliet every day"
    assert goes_against(note, "commute", person_location="Gary, IN, USA", **JOLIET)
