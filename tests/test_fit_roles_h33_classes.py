"""Role terms of the kinds a first run of held-out 33 missed, in other words:

- the mode said after the job in its title, as US and Canadian postings do ("Data Analyst -
  Remote (Canada)", "Designer (Remote, EU)"); twins: "- Remote Sensing", "Remote Operations";
- a line headed by the sector the company builds for ("Gambling technology: odds engines") puts
  the role in it; twin: "Core technology: payment APIs for banks" names no sector of the heading.
- "SoCal" and "NorCal" are half a state: an office in the other half misses them; twin: an office
  in the same half meets them.
Sentences are our own."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits


@pytest.mark.parametrize(
    "title",
    [
        "Data Analyst - Remote (Canada)",
        "Product Designer (Remote, EU)",
        "Backend Engineer (Remote - LATAM)",
    ],
)
def test_a_mode_after_the_job_in_the_title_is_remote(title):
    assert role_facts(title=title).work_mode == "remote"


@pytest.mark.parametrize(
    "title", ["Geospatial Analyst - Remote Sensing", "Engineer, Remote Operations Centre"]
)
def test_remote_as_part_of_the_work_is_no_mode(title):
    assert role_facts(title=title).work_mode is None


def test_a_sector_heading_puts_the_role_in_it():
    assert (
        "gambling"
        in role_facts(
            title="Backend Engineer", offers=["Gambling technology: odds engines"]
        ).industries
    )
    assert goes_against(
        "Never gambling, a moral line for him.",
        "industry",
        title="Backend Engineer",
        offers=["Gambling technology: odds engines"],
    )


def test_a_heading_with_no_sector_names_none():
    assert not role_facts(
        title="Backend Engineer", offers=["Core technology: payment APIs for banks"]
    ).industries


def test_half_a_state_is_missed_by_an_office_in_the_other_half():
    assert goes_against(
        "So Cal only - her kids are in school in Pasadena.",
        "location",
        "Pasadena, CA",
        title="Data Engineer",
        location="Sunnyvale, CA",
        remote_policy="onsite",
    )
    assert goes_against(
        "Staying in NorCal, period.",
        "location",
        "Oakland, CA",
        title="Data Engineer",
        location="San Diego, CA",
        remote_policy="onsite",
    )


def test_half_a_state_is_met_by_an_office_in_it():
    assert suits(
        "So Cal only - her kids are in school in Pasadena.",
        "location",
        "Pasadena, CA",
        title="Data Engineer",
        location="Santa Monica, CA",
        remote_policy="onsite",
    )
