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
