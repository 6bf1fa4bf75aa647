"""How someone works now is a fact, not a wish ("she's been WFH since lockdown", "on a 3-day office
pattern at the moment", "has done nights for six years", "keen on Go, on Python since 2019"), in
English and in the other languages the reader knows ("trabaja en remoto desde 2021", "arbeitet
seit 2019 remote"); said with a wish to keep it it is a wish, with "won't go back" a refusal of
the office, and with a wish to be rid of it a refusal of it."""

import pytest

from tests.fit_helpers import SAID
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)


def _facet(note: str, facet: str) -> set[tuple]:
    return {k for k in at.found(note) if k[0] == facet}


@pytest.mark.parametrize(
    "note",
    [
        "Keen on Go, she's been WFH since lockdown.",
        "would love a bigger scope; currently hybrid - 3 days in the office",
        "Wants a senior title. Been 3 days a week in the office for two years.",
        "Trabaja en remoto desde 2021, busca algo con más responsabilidad.",
        "Arbeitet seit 2019 remote.",
        "Travaille en télétravail depuis 2021.",
        "Werkt sinds 2020 remote bij een bank.",
    ],
)
def test_how_they_work_now_is_no_work_mode_wish(note):
    assert not _facet(note, "work_mode")


@pytest.mark.parametrize(
    "note",
    [
        "Wants more money - has done nights for six years.",
        "Keen on a charge nurse post, been on nights for 5 yrs.",
    ],
)
def test_hours_worked_for_years_are_no_wish_for_them(note):
    assert not _facet(note, "schedule")


def test_a_technology_used_for_years_beside_one_wanted_is_not_wished():
    found = _facet("Keen on Rust, been on Java since 2019.", "technology")
    assert ("technology", "wish", "rust") in found
    assert not any(k[2] == "java" for k in found)


@pytest.mark.parametrize(
    "note, expected",
    [
        ("She's been fully remote since 2021 and wants it to stay that way.", ("remote", "wish")),
        ("WFH since covid - would like to keep it.", ("remote", "wish")),
        ("hybrid 2 days since 2023, keen to keep that", ("hybrid", "wish")),
        ("Remote since the pandemic. Not going back.", ("onsite", "avoid")),
        ("been remote since 2020 & refuses to go back", ("onsite", "avoid")),
        ("Trabajo en remoto desde 2020 y quiero seguir así.", ("remote", "wish")),
        ("Arbeitet seit Corona remote und will nicht zurück.", ("onsite", "avoid")),
    ],
)
def test_a_present_way_of_working_they_want_kept_is_read(note, expected):
    mode, polarity = expected
    assert ("work_mode", polarity, mode) in _facet(note, "work_mode")


def test_hours_worked_for_years_that_they_want_out_of_are_refused():
    assert ("schedule", "avoid", "nights") in _facet(
        "Been on nights for 4 years, wants off them.", "schedule"
    )


@pytest.mark.parametrize(
    "note, expected",
    [
        ("Remote only.", ("work_mode", "must", "remote")),
        ("Still wants remote.", ("work_mode", "wish", "remote")),
        ("Quiere teletrabajo.", ("work_mode", "wish", "remote")),
        ("Wants 2 days in the office.", ("work_mode", "wish", "hybrid")),
    ],
)
def test_a_way_of_working_asked_for_is_still_a_wish(note, expected):
    assert expected in _facet(note, expected[0])
