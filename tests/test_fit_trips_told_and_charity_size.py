"""Travel told in other words: "on a plane every week" is travel, "never minded the travel" and a
German "nichts gegen Dienstreisen" are no refusal, "kommen nicht infrage" is one; being somewhere
"every month" or "most weeks" is a trip there, not where someone wants to work. A role's travel
said after the trips ("travelling to Oslo and Stockholm two days a month", "most weeks") is a
share of its time; a role's "long hours" are overtime; a charity's size ("a small grassroots
charity", "a national charity") is read beside the charity. Sentences are our own."""

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, suits

NORDICS = dict(
    title="Regional Auditor",
    description="Support the Nordic branches, travelling to Oslo and Stockholm two days a month.",
)
ROAD_WARRIOR = dict(
    title="Deal Advisory Manager",
    description="Advise on carve-outs, with travel around the region most weeks.",
)
PEAK_SEASON = dict(
    title="Tax Senior",
    description="Prepare returns for owner-managed businesses. Long hours in peak season.",
)
SMALL_CHARITY = dict(
    title="Fundraiser", description="Raise funds for a local food charity of 9 staff."
)


def read_as(text: str, facet: str) -> set[tuple]:
    return {(c.polarity, *c.value.values()) for c in read(text, said_at=SAID) if c.facet == facet}


@pytest.mark.parametrize(
    "description, share",
    [(NORDICS["description"], 0.09), (ROAD_WARRIOR["description"], 0.6)],
)
def test_a_roles_travel_said_after_the_trips_is_a_share_of_its_time(description, share):
    assert role_facts(title="Manager", description=description).travel_share == share


def test_travel_expenses_paid_every_week_are_no_travel():
    assert (
        role_facts(
            title="Manager", description="Travel expenses are reimbursed every week."
        ).travel_share
        is None
    )


@pytest.mark.parametrize(
    "note",
    [
        "Doesn't want to be on a plane every week again.",
        "Dienstreisen kommen für mich nicht infrage.",
    ],
)
def test_travel_refused_in_other_words_goes_against_a_travelling_role(note):
    assert goes_against(note, "travel", **ROAD_WARRIOR)


@pytest.mark.parametrize(
    "note",
    [
        "Never minded the travel, to be honest.",
        "Ich habe nichts gegen Dienstreisen.",
        "Happy to be on a plane twice a month.",
    ],
)
def test_travel_not_minded_or_welcomed_is_no_refusal(note):
    assert ("avoid", None) not in read_as(note, "travel")
    assert read_as(note, "travel")


@pytest.mark.parametrize(
    "note",
    [
        "She's keen to be in Lagos or Accra every month.",
        "Glad to be in Rotterdam most weeks if the client needs it.",
    ],
)
def test_a_place_visited_every_month_is_a_trip_not_a_place_to_work(note):
    assert not read_as(note, "location")
    assert ("wish", None) in read_as(note, "travel")


def test_a_place_to_live_is_still_a_location():
    assert read_as("Wants to stay in Bristol near her parents.", "location")


def test_no_more_seventy_hour_weeks_goes_against_a_roles_long_hours():
    assert "overtime" in role_facts(**PEAK_SEASON).schedule
    assert goes_against("No more 70-hour weeks for him.", "schedule", **PEAK_SEASON)


@pytest.mark.parametrize(
    "note, size",
    [
        ("Wants a smaller local charity next.", "small"),
        ("Keen on a big national charity with a proper database team.", "large"),
    ],
)
def test_a_charitys_size_is_read_beside_the_charity(note, size):
    assert read_as(note, "company") == {("wish", size), ("wish", "nonprofit")}


def test_a_small_charity_wanted_suits_a_small_charity_role():
    assert suits("Wants a small grassroots charity again.", "company", **SMALL_CHARITY)
    assert goes_against(
        "Would like a large national charity with structure next.", "company", **SMALL_CHARITY
    )
