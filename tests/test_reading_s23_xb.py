"""Travel over several sites, fixed in the twenty-third session, in our own wording:

- a role over several sites travels its region: an area, regional, district, cluster or
  multi-site role ("Regional Manager", "look after our four garden centres' worth of shops",
  "run seven branches across Yorkshire", "cover the South Wales patch") reads as some travel at
  home by road, so "no travel" goes against it and "travel is fine" suits it; a single-site role
  ("run our flagship branch"), office days and a head office's reach ("roll out processes across
  90 stores", "we run 40 hotels") are no travel; "one flagship shop, no travel" is none;
- a person's travel between sites: "driving between branches", "out and about", "out visiting
  stores", "one store only", "more than one site", "multi-site" read as travel wanted or
  refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits

SAID = date(2026, 10, 1)

AREA = dict(
    title="Area Manager",
    description="Run seven branches across Yorkshire, in branches most days.",
    location="Leeds, UK",
)


@pytest.mark.parametrize(
    "fields",
    [
        dict(title="Area Manager", description="Coach store teams."),
        dict(title="Regional Operations Lead", description="Keep our kitchens safe."),
        dict(title="Ops Manager", description="Oversee our five garden centres."),
        dict(title="Sales Manager", description="You will cover the South Wales patch."),
        dict(title="Ops Manager", description="Manager for nine pubs throughout Devon."),
        dict(title="Ops Manager", description="Seven branches across Yorkshire"),
    ],
)
def test_a_role_over_several_sites_travels_at_home(fields):
    role = role_facts(location="Leeds, UK", **fields)
    assert role.travel_share and 0.1 < role.travel_share < 0.4
    assert role.travel_abroad is False


@pytest.mark.parametrize(
    "fields",
    [
        dict(title="Store Manager", description="Run our flagship branch."),
        dict(title="Analyst", description="In the office four days a week."),
        dict(title="Business Partner", description="Roll out processes across 90 stores."),
        dict(title="Store Manager", description="We run 40 hotels across the UK. Lead ours."),
        dict(title="Regional Office Manager", description="Run the office."),
        dict(title="Store Manager", description="Manage one of our 40 stores."),
        dict(title="IT Lead", description="Look after the servers of a multi-site bakery chain."),
        dict(title="Head of Bars", description="Run five outlets in one resort hotel."),
    ],
)
def test_one_site_office_days_and_head_office_are_no_travel(fields):
    assert not role_facts(**fields).travel_share


def test_a_site_with_no_travel_after_a_comma_has_none():
    assert (
        role_facts(title="GM", description="One flagship shop in Soho, no travel").travel_share == 0
    )


def test_a_regional_role_over_borders_travels_abroad():
    role = role_facts(
        title="Cluster Manager",
        description="Lead three hotels in Dubai, Doha and Muscat.",
        location="Dubai, UAE",
    )
    assert role.travel_abroad is True


@pytest.mark.parametrize(
    ("note", "polarity"),
    [
        ("Doesn't want to be driving between branches any more.", "avoid"),
        ("cand hates driving round the stores", "avoid"),
        ("Done with multi-site, wants one shop.", "avoid"),
        ("One store only pls", "must"),
        ("Loves being out and about.", "wish"),
        ("She'd like to be out visiting stores again.", "wish"),
        ("Would love to look after more than one site.", "wish"),
        ("Wants multi-site next.", "wish"),
    ],
)
def test_travel_between_sites_is_read(note, polarity):
    assert ("travel", polarity) in {(c.facet, c.polarity) for c in read(note, said_at=SAID)}


@pytest.mark.parametrize(
    "note",
    ["Managed a single site for years.", "Has multi-site experience at Boots."],
)
def test_sites_as_history_are_no_travel_wish(note):
    assert "travel" not in {c.facet for c in read(note, said_at=SAID)}


@pytest.mark.parametrize(
    "note",
    ["No travel, new puppy.", "Single site only.", "Can't drive between branches now."],
)
def test_no_travel_goes_against_an_area_role(note):
    assert goes_against(note, "travel", **AREA)


@pytest.mark.parametrize(
    "note",
    ["Keen to cover the patch, travel is fine.", "Loves being out and about across the branches."],
)
def test_travel_wanted_suits_an_area_role(note):
    assert suits(note, "travel", **AREA)


def test_no_travel_suits_a_single_site_role():
    assert not goes_against(
        "No travel.", "travel", title="Store Manager", description="Run our flagship branch."
    )
