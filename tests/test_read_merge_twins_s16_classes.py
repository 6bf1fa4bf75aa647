"""Readings the session's merge put side by side: cases of earlier sets that a round's new class
exposed, each fixed as a class in our own wording.

- A move refused as a whole ("didn't want to move from Unity to Unreal") refuses where it goes;
  "move from X to Y" alone still wants Y.
- "Roles with no travel" after an "only" is no wish for travel.
- How long someone has lived in a place ("only been in the UK two years") is no wish to be there.
- The goal after a refusal ("out of oil and gas - renewables is where I want to finish") is wanted.
- A part of a city ("sites in south Bristol") is not met by a role that names the city but not
  the part.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fit_helpers import judged
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 1))


@pytest.mark.parametrize(
    "note, pol",
    [
        ("Pulled out: didn't want to move from Unity to Unreal", "avoid"),
        ("won't switch from Java to Kotlin", "avoid"),
        ("wants to move from Unity to Unreal", "wish"),
    ],
)
def test_a_move_refused_as_a_whole_refuses_where_it_goes(note, pol):
    assert any(f[:2] == ("technology", pol) for f in AT.found(note)), AT.found(note)


def test_only_roles_with_no_travel_is_no_wish_for_travel():
    found = AT.found("looking only for Dubai-based roles with no travel outside the city")
    assert not [f for f in found if f[:2] == ("travel", "wish")], found


@pytest.mark.parametrize(
    "note", ["can't get SC - only been in the UK two years", "has lived in Leeds for 10 years"]
)
def test_how_long_someone_has_lived_somewhere_is_no_wish_to_be_there(note):
    assert not [f for f in AT.found(note) if f[0] == "location"], AT.found(note)


def test_a_place_still_wanted_beside_how_long_they_have_lived_there():
    assert ("location", "wish") in {
        f[:2] for f in AT.found("wants to stay in Leeds, been here 10 years")
    }


@pytest.mark.parametrize(
    "note, facet",
    [
        ("I want out of oil and gas - renewables is where I want to finish my career.", "mission"),
        ("no more banking, fintech is what she wants", "industry"),
    ],
)
def test_the_goal_after_a_refusal_is_wanted(note, facet):
    found = AT.found(note)
    assert any(f[:2] == (facet, "wish") for f in found), found


def test_a_part_of_a_city_is_not_met_by_a_role_naming_only_the_city():
    north = dict(title="Site Manager", location="Filton, Bristol, UK", remote_policy="onsite")
    got = judged("can only do sites in south Bristol, childminder in Bedminster", **north)
    assert "location" not in got.get("met", set()), got
    south = dict(title="Site Manager", location="South London, UK", remote_policy="onsite")
    assert "location" in judged("only south London", **south).get("met", set())
    assert "location" in judged("only roles in Bristol", **north).get("met", set())


def test_someone_living_in_the_city_a_role_names_after_its_town_lives_there():
    from matching.fit import location_judgement
    from reading.role_facts import role_facts

    role = role_facts(title="Site Manager", location="Filton, Bristol, UK", remote_policy="onsite")
    assert location_judgement("Bristol, UK", [], role) is None
    assert location_judgement("Cardiff, UK", [], role) is not None


def test_a_tight_journey_cap_still_stands_against_a_town_across_the_city():
    from matching.fit import location_judgement
    from matching.judgements import ConditionFact
    from reading.role_facts import role_facts

    role = role_facts(title="GM", location="Santa Fe, Mexico City, Mexico", remote_policy="onsite")
    cap = ConditionFact(1, "commute", "must", {"minutes": 30}, "máx 30 min", None, "motivation", 1)
    got = location_judgement("Coyoacán, Mexico City", [cap], role)
    assert got is not None and got.kind == "unmet"
    assert location_judgement("Mexico City, Mexico", [], role) is None
