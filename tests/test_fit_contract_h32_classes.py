"""A season's contract, of the kind a first run of held-out 32 missed, in other words: a role on
a seasonal contract ("Seasonal contract, June to September", "a seasonal role") is a fixed term;
a person done with seasonal work ("no more seasonal contracts", "wants a year-round job") goes
against it, and one happy on seasonal work suits it. Twins: "seasonal menus", "seasonal flu" say
nothing of a contract, in a note or a role. Sentences are our own."""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 9, 14)).found

SUMMER = dict(title="Beach Lifeguard", offers=["Seasonal contract, June to September"])


@pytest.mark.parametrize(
    "offer", ["Seasonal contract, June to September", "This is a seasonal role at our lodge."]
)
def test_a_seasonal_contract_is_a_fixed_term(offer):
    assert role_facts(title="Chalet Host", offers=[offer]).contract == "fixed_term"


def test_seasonal_menus_are_no_contract():
    assert role_facts(title="Chef", offers=["Seasonal menus, local produce"]).contract is None


@pytest.mark.parametrize(
    "note",
    [
        "No more seasonal contracts - she needs a mortgage.",
        "wants a year-round job now, tired of packing up every autumn",
    ],
)
def test_done_with_seasonal_work_goes_against_a_seasonal_role(note):
    assert goes_against(note, "contract", **SUMMER)


def test_happy_on_seasonal_work_suits_a_seasonal_role():
    assert suits("Happy on seasonal work, travels in the off months.", "contract", **SUMMER)


@pytest.mark.parametrize("note", ["loves cooking seasonal menus", "off with seasonal flu in May"])
def test_seasonal_menus_or_flu_are_no_contract(note):
    assert not any(c[0] == "contract" for c in found(note))
