"""Cleared-work readings of the kinds a first run of held-out 45 missed, in other words:

- "X's no problem" / "'s no bother" (the contraction of "is no problem") accepts X, as "X is no
  problem" does; "X's a no", "X's a hard no" still refuse it;
- the polygraph said short ("poly", "FSP") is the role's "polygraph": refused, it goes against a
  role that names one; a role that says none is needed hears nothing;
- "TS/SCI", "TS clearance", "TS w/ poly" are Top Secret, not TypeScript ("wants TS and React"
  still is);
- a refusal with its own object, closed by a comma or a dash before a clearance level ("won't sit
  a poly, TS/SCI reqs only"; "can't do nights - TS/SCI cleared"): the level is not refused;
- a role's contract said in its title with its length ("(contract, 6 months)") or as an hourly
  contract on a tax form ("W2 hourly contract"): a contract role ("contract management" is not).

Twins: "never had any trouble with the poly" reads nothing; "won't go through DV again" still
refuses the vetting. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 1))
found = _AT.found


@pytest.mark.parametrize(
    ("text", "facet"),
    [
        ("Weekend work's no problem for her, she did it at the depot.", "schedule"),
        ("Travel's no problem - she did the Clyde run every fortnight.", "travel"),
        ("the commute's no trouble", "commute"),
    ],
)
def test_the_contracted_no_problem_is_no_refusal(text, facet):
    assert not any(f == facet and p == "avoid" for f, p, *_ in found(text))


@pytest.mark.parametrize(
    ("text", "facet"),
    [("travel's a no for him", "travel"), ("nights's a hard no", "schedule")],
)
def test_the_contracted_a_no_still_refuses(text, facet):
    assert any(f == facet and p == "avoid" for f, p, *_ in found(text))


POLY_ROLE = dict(title="Intelligence Analyst (TS/SCI w/ Full Scope Polygraph)")


@pytest.mark.parametrize(
    "note",
    [
        "Done with the poly - four sittings last cycle was enough.",
        "update: no poly after all, the last one rattled him",
    ],
)
def test_a_poly_refused_goes_against_a_polygraph_role(note):
    assert goes_against(note, "topic", **POLY_ROLE)


def test_a_poly_refused_against_a_role_with_an_fsp_goes_against_it():
    assert goes_against("Done with the poly.", "topic", title="Analyst (TS/SCI w/ FSP)")


def test_a_poly_refused_is_heard_nothing_where_none_is_needed():
    role = dict(requirements="TS/SCI; polygraph not required", title="Analyst")
    got = judged("Done with the poly.", **role)
    assert "unmet" not in got


def test_no_trouble_with_the_poly_is_no_refusal():
    assert "unmet" not in judged("Never had any trouble with the poly, sat three.", **POLY_ROLE)


TS = ("clearance", "wish", "top_secret")


@pytest.mark.parametrize(
    "text", ["TS/SCI roles only please", "active TS clearance, wants firmware", "TS w/ poly, C dev"]
)
def test_ts_for_top_secret_is_no_typescript(text):
    assert not any(f == "technology" for f, *_ in found(text))


def test_ts_beside_a_framework_is_still_typescript():
    assert ("technology", "wish", "typescript") in found("wants TS and React")


@pytest.mark.parametrize(
    "text",
    ["Won't sit a poly, TS/SCI no-poly reqs only.", "Can't do mids - TS/SCI cleared though."],
)
def test_a_refusal_of_something_else_before_the_level_does_not_refuse_it(text):
    assert not any(f == "clearance" and p == "avoid" for f, p, *_ in found(text))


@pytest.mark.parametrize("text", ["won't go through DV again", "won't do it again, the SC vetting"])
def test_a_refused_vetting_still_reads(text):
    assert any(f == "clearance" and p == "avoid" for f, p, *_ in found(text))


# A role's contract said in its title with its length, or as a US tax form's hourly contract.
@pytest.mark.parametrize(
    "fields",
    [
        dict(title="Field Service Engineer (contract, 6 months)"),
        dict(title="Radar Technician - Contract, 9 months"),
        dict(title="Test Technician", offers=["1099 hourly contract through the prime"]),
        dict(title="Test Technician", offers=["W2 hourly contract, benefits not included"]),
    ],
)
def test_a_contract_role_said_these_ways_goes_against_perm_only(fields):
    assert goes_against("Permanent roles only - needs the health cover.", "contract", **fields)


def test_contract_management_in_a_title_is_no_contract_role():
    assert "unmet" not in judged(
        "Permanent roles only.", title="Engineer (contract management, subcontracts)"
    )
