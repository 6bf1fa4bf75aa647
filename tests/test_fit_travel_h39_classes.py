"""Travel of the kinds a first run of held-out 39 missed, in other words: a role's travel said by
how often ("a night at the Bristol office every other week", "three company retreats a year",
"on-site reviews in Cork about once a month", "a few days a month on site in Porto", "two days a
week visiting clients" for a field role), set against a person who refuses travel; and "averse
to travel" read as a refusal. Their near-miss twins (office days "three days a week in the
office", "a day in the office every other week"; "not averse to travel") are no travel and no
refusal. Sentences are our own."""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 27))
found = _AT.found


@pytest.mark.parametrize(
    "terms",
    [
        "A night at the Bristol office every other week",
        "Three company retreats a year",
        "On-site reviews with customers in Cork about once a month.",
        "A few days a month on site in Porto or Madrid.",
        "Field role: two days a week visiting clients across the region.",
        "Three days a week on the road visiting stores.",
    ],
)
def test_a_role_travelling_this_often_has_travel(terms):
    assert role_facts(title="Account manager", description=terms).travel_share


@pytest.mark.parametrize(
    "terms",
    [
        "Three days a week in the office, two at home.",
        "A day in the office every other week.",
        "Two days a week at our Leeds office.",
    ],
)
def test_office_days_are_no_travel(terms):
    assert not role_facts(title="Account manager", description=terms).travel_share


def test_a_refusal_of_travel_goes_against_a_night_away_every_other_week():
    assert goes_against(
        "No overnight stays for me - I do the school run every morning.",
        "travel",
        offers=["Based in Glasgow", "A night at the London office every other week"],
    )


def test_a_refusal_of_travel_goes_against_field_days():
    assert goes_against(
        "Done with life on the road, does all her selling by video now.",
        "travel",
        description="Territory sales: three days a week visiting customers.",
    )


def test_glad_to_travel_suits_monthly_site_days_abroad():
    assert suits(
        "Happy to fly out to the hubs every month.",
        "travel",
        location="London, UK",
        description="A few days a month on site in Porto or Madrid.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Candidate is averse to travel and wants to stay local.",
        "She's quite averse to travel since the baby.",
    ],
)
def test_averse_to_travel_is_a_refusal(text):
    assert any(k[0] == "travel" and k[1] == "avoid" for k in found(text))


def test_not_averse_to_travel_is_no_refusal():
    got = found("He's not averse to travel, a trip a month is fine.")
    assert not any(k[0] == "travel" and k[1] == "avoid" for k in got)
