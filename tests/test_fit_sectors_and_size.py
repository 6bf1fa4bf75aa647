"""Sectors and company size as recruiters outside tech say them. A refusal of one part of a
sector with a carve-out ("never again fashion retail - a pharmacy is different") does not go
against a pharmacy store, while "out of retail completely" does; tobacco and weapons refused go
against a tobacco manufacturer and a defence contractor, which a role says by what the company
makes; a size wanted of the workplace ("a small nursing home", "a big corporate hospital") meets
or misses a role that counts its sites ("a 70-hospital national chain")."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, judged, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

PHARMACY = dict(
    title="Store Manager, Retail Pharmacy",
    remote_policy="onsite",
    location="Durban, South Africa",
    description="Run a 25-staff community pharmacy and health store in Umhlanga.",
)
FASHION = dict(
    title="Store Manager",
    remote_policy="onsite",
    location="Durban, South Africa",
    description="Run the flagship store of a fashion retailer.",
)
TOBACCO = dict(
    title="Financial Analyst",
    remote_policy="hybrid",
    description="Budgeting for the Gulf region of a multinational cigarette manufacturer.",
)
DEFENCE = dict(
    title="Data Engineer",
    remote_policy="onsite",
    description="Telemetry pipelines for radar systems at an arms maker; clearance required.",
)
CHAIN = dict(
    title="Staff Nurse",
    remote_policy="onsite",
    location="Chennai, India",
    description="Join a 120-hospital national chain, JCI accredited.",
)


@pytest.mark.parametrize(
    "note",
    [
        "Never again fashion retail - but a pharmacy would be different.",
        "done with clothing retail; a chemist is another matter",
        "No more high-street fashion retail, pharmacies are different.",
    ],
)
def test_a_part_of_a_sector_refused_does_not_go_against_another_part(note):
    assert "unmet" not in judged(note, **PHARMACY)
    assert goes_against(note, "industry", **FASHION)


@pytest.mark.parametrize(
    "note",
    [
        "Out of retail completely, any kind of store.",
        "wants to stay out of retail for good",
        "Never retail again.",
    ],
)
def test_a_whole_sector_refused_goes_against_a_pharmacy_store(note):
    assert goes_against(note, "industry", **PHARMACY)


def test_being_out_of_contract_is_no_refusal_of_contracts():
    assert ("contract", "avoid", "contract") not in at.found("out of contract in March")


@pytest.mark.parametrize(
    "note, role",
    [
        ("Never tobacco, she lost her father to lung cancer.", TOBACCO),
        ("No cigarettes companies, full stop.", TOBACCO),
        ("Tütün şirketinde asla çalışmam.", TOBACCO),
        ("Won't work on weapons or anything military.", DEFENCE),
        ("no arms companies for her", DEFENCE),
    ],
)
def test_a_sector_refused_goes_against_the_company_that_makes_it(note, role):
    assert goes_against(note, "industry", **role)


@pytest.mark.parametrize(
    "text, industry",
    [
        ("Budgeting for a multinational cigarette manufacturer.", "tobacco"),
        ("Telemetry pipelines at an arms maker.", "defence"),
        ("Sensor software at a defence contractor.", "defence"),
        ("Join a 120-hospital national chain.", "healthcare"),
    ],
)
def test_a_role_is_in_the_sector_of_what_its_company_makes(text, industry):
    assert industry in role_facts(title="Analyst", description=text).industries


def test_a_sector_named_for_a_team_or_a_customer_is_not_the_roles():
    facts = role_facts(title="Analyst", description="Work with the tobacco control team.")
    assert "tobacco" not in facts.industries


def test_wanting_to_get_back_into_a_sector_suits_a_role_in_it():
    assert suits("Wants to get back into defence tech, misses the mission.", "industry", **DEFENCE)


@pytest.mark.parametrize(
    "note",
    [
        "Wants a small nursing home or clinic, hated the big corporate hospital.",
        "prefers a smaller private hospital",
        "No more big hospital chains.",
    ],
)
def test_a_small_workplace_wanted_misses_a_large_chain(note):
    assert goes_against(note, "company", **CHAIN)
    assert ("industry", "avoid", "healthcare") not in at.found(note)


@pytest.mark.parametrize(
    "note",
    [
        "Wants a big corporate hospital with structured training.",
        "keen on a large hospital group for the rotations",
        "Wants another big FMCG employer.",
    ],
)
def test_a_large_workplace_wanted_suits_a_large_chain(note):
    assert suits(note, "company", **CHAIN)


@pytest.mark.parametrize(
    "text, large",
    [
        ("Join a 120-hospital national chain.", True),
        ("Our 300 stores across the UK", True),
        ("A 12-clinic group in Leeds", False),
    ],
)
def test_a_role_counted_by_its_sites_is_large_from_twenty(text, large):
    assert ("large" in role_facts(title="Nurse", description=text).company) is large
