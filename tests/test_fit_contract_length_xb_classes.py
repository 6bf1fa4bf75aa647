"""A fixed-term contract accepted only with a minimum length, of the kind several held-out sets
missed on a first run: "contracts are fine as long as they run 9 months or more", "nothing
fixed-term below a year", "18 months minimum for an FTC" carry the length, set against
the role's own length ("a 6-month FTC", "fixed-term contract of two years"); the length is no
wait. Their near-miss twins - a contract's length told as history, a length that belongs to
another clause - stay as they were. Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.fit_helpers import goes_against, judged
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 1))
found = _AT.found
SIX = {"title": "Payroll Analyst", "description": "This is a 6-month fixed-term contract."}
TWO_YEARS = {"title": "Payroll Analyst", "description": "Fixed-term contract of two years."}
PERM = {"title": "Payroll Analyst", "description": "Permanent, full time."}


def _AT_read(text):
    return read(text, said_at=_AT.said_at)


@pytest.mark.parametrize(
    "text, kind, months",
    [
        ("Contracts are fine as long as they run 9 months or more.", "contract", 9),
        ("nothing fixed-term below a year", "fixed_term", 12),
        ("18 months minimum for an FTC, or a permanent seat", "fixed_term", 18),
        ("She'd take a contract of at least a year.", "contract", 12),
    ],
)
def test_a_minimum_length_refuses_only_a_shorter_term(text, kind, months):
    got = [c for c in _AT_read(text) if c.facet == "contract" and c.value.get("kind") == kind]
    assert got and got[0].value.get("under_months") == months
    assert not [c for c in _AT_read(text) if c.facet == "wait"]


def test_a_shorter_role_goes_against_it_and_a_longer_one_does_not():
    note = "FTC is ok for her if it's at least 12 months."
    assert goes_against(note, "contract", **SIX)
    assert not goes_against(note, "contract", **TWO_YEARS)
    assert not goes_against(note, "contract", **PERM)


def test_a_contract_wanted_with_a_floor_is_no_conflict_with_a_permanent_seat():
    got = judged("Contracts are fine as long as they run 9 months or more.", **PERM)
    assert "contract" not in got.get("unmet", set())


@pytest.mark.parametrize(
    "text",
    [
        "Her last contract was 6 months at the council.",
        "Did a 12-month FTC at the museum, loved it.",
    ],
)
def test_a_length_told_as_history_is_no_minimum(text):
    assert not [c for c in _AT_read(text) if c.value.get("under_months")]


def test_a_length_in_another_clause_is_not_the_contracts():
    got = [
        c
        for c in _AT_read("No contracts, and not relocating for at least a year.")
        if c.facet == "contract"
    ]
    assert got and not got[0].value.get("under_months")


def test_contract_only_with_a_minimum_still_misses_a_permanent_seat():
    note = "Contract work only, nothing under 4 months."
    assert goes_against(note, "contract", **PERM)
    assert not goes_against(note, "contract", **TWO_YEARS)


def test_a_money_figure_is_no_length():
    assert not [
        c for c in _AT_read("contract roles only, 20m+ budgets") if c.value.get("under_months")
    ]


def test_a_minimum_with_a_permanent_seat_as_the_other_choice_is_no_conflict_with_it():
    assert not goes_against("18 months minimum for an FTC, or a permanent seat", "contract", **PERM)
