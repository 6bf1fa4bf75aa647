"""Travel refused the way Indian and South African recruiters write it: "no outstation audits",
"local clients only", "Pune-based clients only", "can't be away overnight" go against a role with
a share of travel away from home ("about 40% outstation travel to client plants"); "outstation
is fine" does not, and a role that keeps its work in the city is not held against them."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, judged
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

AUDITS = dict(
    title="Audit Senior",
    remote_policy="onsite",
    location="Pune, Maharashtra, India",
    description="Statutory audits of manufacturing clients; about 35% outstation travel to "
    "client plants in Gujarat and Karnataka.",
)
IN_TOWN = dict(
    title="Audit Senior",
    remote_policy="onsite",
    location="Pune, Maharashtra, India",
    description="Statutory audits of Pune clients; no travel.",
)


@pytest.mark.parametrize(
    "note",
    [
        "No outstation please, his father is unwell.",
        "Only wants local clients now, done with the plant visits.",
        "Pune-based clients only.",
        "doesnt want outstation assignments anymore",
    ],
)
def test_travel_kept_in_the_home_city_goes_against_a_role_with_outstation_travel(note):
    assert goes_against(note, "travel", **AUDITS)


@pytest.mark.parametrize(
    "note",
    [
        "No outstation please, his father is unwell.",
        "Pune-based clients only.",
    ],
)
def test_travel_kept_local_is_no_obstacle_where_the_role_has_none(note):
    assert "unmet" not in judged(note, **IN_TOWN)


@pytest.mark.parametrize(
    "note",
    [
        "Outstation is fine, did two years of plant audits in Jamshedpur.",
        "happy with outstation travel, single and mobile",
        "open to outstation audits, even two weeks a month",
    ],
)
def test_outstation_travel_accepted_is_no_refusal(note):
    assert not goes_against(note, "travel", **AUDITS)
    assert any(k[0] == "travel" and k[1] == "wish" for k in at.found(note))


@pytest.mark.parametrize(
    "line, share",
    [
        ("about 40% outstation travel to client plants", 0.4),
        ("Up to 30% international travel.", 0.3),
        ("Roughly 25% field travel across the territory", 0.25),
    ],
)
def test_a_roles_share_of_a_named_kind_of_travel_is_read(line, share):
    assert role_facts(title="Auditor", offers=[line]).travel_share == share


def test_a_bonus_beside_travel_is_no_share_of_travel():
    facts = role_facts(title="Auditor", offers=["10% bonus plus travel allowance"])
    assert facts.travel_share is None
