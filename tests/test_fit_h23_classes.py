"""Roles' terms of the kinds a first run of held-out 23 misread, judged against a note, in our
own words:

- a package asked for against a band with its super stated ("plus 11.5% super"): the super is
  counted in, and a package floor above band plus super is unmet; twin: a package the band plus
  super reaches.
- a role that will not support an LMIA refuses sponsorship; twin: one that supports it.
- a role that needs the hire's own car said as "car essential" or a mileage rate paid; twin: "car
  parking on site".
- one weekend day refused ("no Saturdays, Sundays are OK") against a role that works only the other
  ("one Sunday a month"); twins: the same day worked, a role worked at weekends.
- a private employer said as such ("independent practice, no NHS work") beside an NHS word: "NHS
  only" goes against it; twin: an NHS trust post stays public.

Sentences are our own."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits

_AUD_BAND = dict(
    title="Physiotherapist",
    offers=["AUD 100,000 plus 11.5% superannuation"],
    salary_min=100000,
    salary_max=100000,
    currency="AUD",
)


def test_a_package_floor_above_band_and_super_is_unmet():
    assert goes_against("Won't move for less than a 125k package.", "pay", **_AUD_BAND)


def test_a_package_the_band_and_super_reach_is_met():
    assert suits("Looking for a 110k package.", "pay", **_AUD_BAND)


@pytest.mark.parametrize(
    "offer",
    [
        "We can't support an LMIA for this role",
        "No LMIA support is available",
        "unable to support LMIAs",
    ],
)
def test_a_role_refusing_an_lmia_refuses_sponsorship(offer):
    assert role_facts(title="Nurse", offers=[offer]).sponsorship is False
    assert goes_against("Would need sponsorship to move.", "visa", title="Nurse", offers=[offer])


def test_a_role_supporting_an_lmia_sponsors():
    assert role_facts(title="Nurse", offers=["LMIA support available"]).sponsorship is True


@pytest.mark.parametrize(
    "offer",
    [
        "Car and full licence essential for the rural round",
        "A car is a must",
        "We pay 40p per mile between visits",
    ],
)
def test_a_role_needing_the_hires_own_car(offer):
    assert role_facts(title="Community Nurse", offers=[offer]).driving == "car"
    assert goes_against(
        "Doesn't drive, takes the bus.", "driving", title="Community Nurse", offers=[offer]
    )


def test_car_parking_is_no_need_of_a_car():
    assert role_facts(title="Community Nurse", offers=["Free car parking on site"]).driving is None


# --- one day of the weekend against the days a role works -------------------------------------


def test_a_saturday_refused_suits_a_sunday_rota():
    role = dict(title="Pharmacist", offers=["Weekdays plus one Sunday a month"])
    assert role_facts(**role).weekend_days == frozenset({"sunday"})
    assert suits("Keeps the Sabbath: no Saturdays, Sundays are OK.", "schedule", **role)


def test_a_sunday_refused_goes_against_a_sunday_rota():
    role = dict(title="Pharmacist", offers=["Weekdays plus one Sunday a month"])
    assert goes_against("Sundays are for church, so she won't do them.", "schedule", **role)


def test_a_saturday_refused_goes_against_weekend_work():
    role = dict(title="Pharmacist", offers=["Alternate weekends"])
    assert goes_against("no Saturdays, Sundays are fine", "schedule", **role)


# --- a private employer said as such ----------------------------------------------------------

_PRIVATE_POST = dict(
    title="Podiatrist, Private Practice",
    description="Podiatrist in an NHS community trust.",
    offers=["Independent practice, self-funded patients, no NHS work"],
)


def test_nhs_only_goes_against_a_private_post():
    assert role_facts(**_PRIVATE_POST).company == frozenset()
    assert goes_against("Only wants the NHS, never private.", "company", **_PRIVATE_POST)


def test_an_nhs_trust_post_is_still_public():
    role = dict(title="Podiatrist", description="Podiatrist in an NHS community trust.")
    assert "public_sector" in role_facts(**role).company
    assert not role_facts(**role).private_sector
