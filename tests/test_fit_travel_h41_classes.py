"""Travel of the kinds a first run of held-out 41 missed, in other words: every trip refused with
"any" ("won't do any travel", "against any business trips"), which a role's little travel goes
against; a refusal denied before "at all" ("not opposed to travel at all"), which is no refusal;
a role's gatherings away counted as travel by how often ("two team offsites a year", "an annual
retreat"); and a role placed in a region ("Remote (Latin America)") whose offsites are in a
country outside it, which a "no travel abroad" goes against. Their near-miss twins (a refusal
capped by a share, a role with no offsites, offsites inside the role's region) are not.
Sentences are our own."""

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

SAID = date(2026, 10, 1)
_AT = ReadAt(SAID)
found = _AT.found


@pytest.mark.parametrize(
    "text",
    ["Won't do any travel for work, full stop.", "She is against any business travel."],
)
def test_every_trip_refused_with_any_is_none(text):
    travel = [c for c in read(text, said_at=SAID) if c.facet == "travel"]
    assert [(c.polarity, c.value["share"]) for c in travel] == [("avoid", 0.0)]


@pytest.mark.parametrize(
    "text", ["I'm not opposed to travel at all.", "He is not against trips at all, loves them."]
)
def test_a_refusal_denied_is_no_refusal(text):
    assert not any(k[:2] == ("travel", "avoid") for k in found(text))


@pytest.mark.parametrize(
    ("offer", "share"),
    [
        ("Two company retreats a year, all paid", 0.05),
        ("An annual offsite in the mountains", 0.02),
        ("Quarterly in-person meetups in Warsaw", 0.08),
    ],
)
def test_a_roles_gatherings_away_are_travel(offer, share):
    assert role_facts(title="Analyst", offers=[offer]).travel_share == share


def test_a_role_with_no_gatherings_says_no_share():
    assert role_facts(title="Analyst", offers=["Fully remote, async"]).travel_share is None


def test_no_trips_at_all_goes_against_a_roles_offsites():
    assert goes_against(
        "Won't do any travel, remote means remote.",
        "travel",
        title="Analyst",
        offers=["One team retreat a year, a week in Lisbon"],
    )


def test_offsites_outside_the_roles_region_cross_a_border():
    role = role_facts(
        title="Designer",
        location="Remote (Latin America)",
        offers=["Two offsites a year in Lisbon, flights paid"],
    )
    assert role.travel_abroad is True


def test_offsites_inside_the_roles_region_do_not():
    role = role_facts(
        title="Designer",
        location="Remote (Europe)",
        offers=["Two offsites a year in Lisbon, flights paid"],
    )
    assert role.travel_abroad is not True
