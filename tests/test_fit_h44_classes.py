"""Fit classes a first run of held-out 44 missed, in our own words:

- a role's travel that crosses a border in the Gulf (a trip to Doha or Muscat from Abu Dhabi) is
  travel abroad, so "won't travel outside the UAE" goes against it (twin: trips inside the UAE);
- a role's nights away said as "an overnight in Jeddah most weeks" or "a three-day visit every
  month" (twin: "occasional day trips" stay day trips);
- a role in oil and gas said as "a national oil company" or "a gas processing plant" (twin: the
  plant asked of as experience);
- a ministry as a public employer, against "private sector only" (twin: a private company).
"""

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits

_ABU_DHABI = dict(title="Account Manager", remote_policy="onsite", location="Abu Dhabi, UAE")


def test_a_gulf_border_crossed_goes_against_travel_kept_at_home():
    role = dict(_ABU_DHABI, description="Visit hotel clients in Doha and Muscat: a trip a month.")
    assert goes_against("won't travel outside the UAE these days", "travel", **role)
    home = dict(_ABU_DHABI, description="Visit hotel clients in Dubai and Sharjah: a trip a month.")
    assert not goes_against("won't travel outside the UAE these days", "travel", **home)


def _nights(description: str):
    return role_facts(**_ABU_DHABI, description=description).overnights


def test_nights_away_said_by_how_often():
    assert _nights("An overnight in Jeddah most weeks.")
    assert _nights("A three-day visit to the Cairo office every month.")
    assert _nights("Occasional day trips to the plant.") is False
    assert goes_against(
        "travel is fine but no overnight stays", "travel", **_ABU_DHABI,
        description="Cover clients across the region, an overnight in Jeddah most weeks.",
    )  # fmt: skip


def test_oil_and_gas_said_by_the_company_or_the_plant():
    for text in (
        "Join the reservoir team of a national oil company.",
        "Support operations at an onshore gas processing plant.",
    ):
        assert "oil and gas" in role_facts(**_ABU_DHABI, description=text).industries
    asked = role_facts(**_ABU_DHABI, description="Experience at a gas processing plant is a plus.")
    assert "oil and gas" not in asked.industries
    assert goes_against(
        "Done with fossil fuels.", "industry", **_ABU_DHABI,
        description="Join the reservoir team of a national oil company.",
    )  # fmt: skip


def test_private_sector_only_against_a_ministry():
    ministry = dict(_ABU_DHABI, description="Build the data platform of the Ministry of Finance.")
    assert goes_against("Private sector only from now on.", "company", **ministry)
    private = dict(_ABU_DHABI, description="A private company with no government work.")
    assert suits("Private sector only from now on.", "company", **private)
