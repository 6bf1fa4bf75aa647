"""Where someone will and will not work, said with an exception or as a region: "won't relocate
unless it's Cape Town" is a move to Cape Town and nowhere else (met by a Cape Town role, not by a
Durban one); "not leaving Gauteng" is met by an office in Johannesburg and missed by one in Cape
Town; a refusal with no place after its "unless" stays a refusal."""

import pytest

from tests.fit_helpers import SAID, goes_against, judged, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)


def office(city: str) -> dict:
    return dict(title="Audit Senior", remote_policy="onsite", location=city)


CAPE_TOWN = office("Cape Town, South Africa")
DURBAN = office("Durban, South Africa")
JOBURG = office("Johannesburg, South Africa")
PRETORIA = "Pretoria, South Africa"


@pytest.mark.parametrize(
    "note",
    [
        "Won't move unless it's to Cape Town.",
        "not relocating anywhere except Cape Town - her sister is there",
        "Won't relocate, except maybe for Cape Town.",
    ],
)
def test_a_move_refused_but_for_one_place_suits_a_role_there(note):
    assert ("relocation", "must", True) in at.found(note)
    assert suits(note, "relocation", person_location=PRETORIA, **CAPE_TOWN)


@pytest.mark.parametrize(
    "note",
    [
        "Won't move unless it's to Cape Town.",
        "not relocating anywhere except Cape Town - her sister is there",
    ],
)
def test_a_move_refused_but_for_one_place_misses_a_role_elsewhere(note):
    assert "unmet" in judged(note, person_location=PRETORIA, **DURBAN)


def test_a_refusal_whose_exception_is_no_place_stays_a_refusal():
    note = "Won't relocate unless the package is huge."
    assert ("relocation", "must", False) in at.found(note)
    assert goes_against(note, "location", person_location=PRETORIA, **CAPE_TOWN)


@pytest.mark.parametrize(
    "note",
    [
        "Not leaving Gauteng, family is all here.",
        "Wants to stay in Gauteng.",
        "Gauteng only.",
    ],
)
def test_a_region_kept_misses_an_office_outside_it_and_meets_one_inside(note):
    assert goes_against(note, "location", person_location=PRETORIA, **CAPE_TOWN)
    assert not goes_against(note, "location", person_location=PRETORIA, **JOBURG)


def test_a_province_called_by_its_short_name_is_a_place():
    assert ("location", "wish", "kwazulu-natal") in at.found("wants to stay in KZN")
