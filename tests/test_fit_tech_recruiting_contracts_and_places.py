"""Contract-to-hire and campus towns as tech recruiters name them: "C2H" or a vendor's payroll is
contract work (and "on the company's rolls" a permanent seat), in a note and in a role; a
refusal of it goes against a contract-to-hire role and a yes suits it. The campus towns and
second cities people turn down or accept ("Redmond is a no", "Haifa is too far") are places.
Each beside a twin. Sentences are our own.
"""

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, suits

C2H_ROLE = dict(
    title="Backend Engineer",
    offers=["Contract to hire - nine months on a vendor payroll, then you join us directly"],
)


def found(text: str) -> set[tuple]:
    return {c.key() for c in read(text, said_at=SAID)}


@pytest.mark.parametrize(
    "note",
    [
        "He won't do C2H again - wants to be on the company's rolls from day one.",
        "no contract-to-hire, no vendor payroll, direct only",
        "Only on-roll positions.",
    ],
)
def test_refusing_contract_to_hire_goes_against_a_contract_to_hire_role(note):
    assert goes_against(note, "contract", **C2H_ROLE)


@pytest.mark.parametrize("note", ["Open to C2H if conversion is written in.", "c2h is fine"])
def test_a_yes_to_contract_to_hire_suits_it(note):
    assert suits(note, "contract", **C2H_ROLE)


def test_a_role_that_rules_contract_to_hire_out_is_not_one():
    assert role_facts(title="SRE", description="Direct hire, no third-party payroll.").contract != (
        "contract"
    )
    assert role_facts(title="SRE", description="Permanent - not C2H.").contract == "permanent"
    assert role_facts(**C2H_ROLE).contract == "contract"


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("Bellevue is too far from Tacoma for him.", "Bellevue"),
        ("Menlo Park is a no - two hours each way from the city.", "Menlo Park"),
        ("Jerusalem is a non-starter for her, she lives in Haifa.", "Jerusalem"),
        ("Gurugram is out, she's in Noida.", "Gurugram"),
    ],
)
def test_a_campus_town_turned_down_is_a_place_refused(note, place):
    assert ("location", "avoid", place.lower()) in found(note)


def test_a_campus_town_accepted_is_no_refusal():
    got = found("Redmond's fine now the light rail reaches the campus.")
    assert ("location", "avoid", "redmond") not in got


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("Quit Bangalore in 2019 and is never moving back.", "Bangalore"),
        ("Left Toronto, not going back - Calgary suits him.", "Toronto"),
        ("No plans to move back to Dublin.", "Dublin"),
        ("never heading back to London", "London"),
    ],
)
def test_a_return_refused_is_a_place_refused(note, place):
    got = found(note)
    assert ("location", "avoid", place.lower()) in got
    assert ("location", "wish", place.lower()) not in got


@pytest.mark.parametrize(
    "note",
    ["Left Berlin in 2022 - would go back for the right role.", "misses Dublin, might move back"],
)
def test_a_place_left_they_would_go_back_to_is_no_refusal(note):
    assert not any(k[:2] == ("location", "avoid") for k in found(note))


BETTING_ROLE = dict(
    title="Frontend Engineer", offers=["Hybrid", "Ontario-regulated sports betting and iGaming"]
)


def test_a_regulated_business_named_on_its_own_line_is_the_roles_industry():
    assert "gambling" in role_facts(**BETTING_ROLE).industries
    assert goes_against("Hard no on betting of any kind.", "industry", **BETTING_ROLE)


def test_regulated_industries_asked_as_experience_are_no_industry_of_the_role():
    role = role_facts(title="Analyst", description="FCA-regulated industries experience a plus.")
    assert not role.industries
