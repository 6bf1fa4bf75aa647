"""In-house against a supplier (agency, consultancy, outsourcer) as a wish or a refusal, of the
kind several held-out first runs missed: "finished with agency life, in-house next", "no more
outsourcers, only a captive unit", "wants to be brand-side", "would go back to consulting",
"won't work for an RPO again", set against what the role says its employer is ("(in-house)", "a
digital agency", "our captive centre", "a BPO serving clients"). A role that names the agencies it
manages is still in-house. Twins left alone: the agency that brought someone to us ("came through
an agency") is no wish, and a role that says neither answers nothing. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found

IN_HOUSE_ROLE = dict(
    title="Content Lead (in-house)",
    description="Run content in-house for a travel company and brief our agency partners.",
)
AGENCY_ROLE = dict(
    title="Account Manager", description="Look after retail clients at a digital agency."
)
OUTSOURCER_ROLE = dict(
    title="Operations Supervisor",
    description="Supervise a shift at a BPO that runs support for four insurers.",
)
CAPTIVE_ROLE = dict(
    title="Operations Supervisor",
    description="Supervise a shift at the bank's own captive centre in Pune.",
)
CONSULTANCY_ROLE = dict(title="Data Consultant", description="Join a technology consultancy.")
PLAIN_ROLE = dict(title="Operations Supervisor", description="Supervise a support shift.")


@pytest.mark.parametrize(
    "text",
    [
        "Finished with agency life - in-house next, please.",
        "she'd only look at client-side jobs now",
        "Wants to be brand side after years of pitching.",
        "No more outsourcers for him, only a captive unit.",
        "Not wedded to consulting - in-house at a retailer would suit.",
    ],
)
def test_in_house_wanted_is_met_in_house_and_missed_at_a_supplier(text):
    assert suits(text, "company", **IN_HOUSE_ROLE) or suits(text, "company", **CAPTIVE_ROLE)
    assert goes_against(text, "company", **AGENCY_ROLE) or goes_against(
        text, "company", **OUTSOURCER_ROLE
    )


@pytest.mark.parametrize(
    "text",
    [
        "Won't work for an RPO again.",
        "never again at a BPO",
        "Done with the outsourcing world.",
    ],
)
def test_an_outsourcer_refused_goes_against_one_and_suits_a_captive_centre(text):
    assert goes_against(text, "company", **OUTSOURCER_ROLE)
    assert "unmet" not in judged(text, **CAPTIVE_ROLE)


def test_an_in_house_role_naming_its_agencies_is_no_agency():
    assert not goes_against("no more agencies for me", "company", **IN_HOUSE_ROLE)


def test_in_house_refused_goes_against_an_in_house_role():
    assert goes_against(
        "Wants to stay in private practice, won't move in-house.", "company", **IN_HOUSE_ROLE
    )


def test_a_consultancy_wanted_is_met_by_one_and_missed_in_house():
    assert suits("would happily go back to consulting work", "company", **CONSULTANCY_ROLE)
    assert goes_against("would happily go back to consulting work", "company", **IN_HOUSE_ROLE)


@pytest.mark.parametrize(
    "text",
    [
        "Came to us through an agency last spring; in-house is fine too.",
        "placed via a recruitment agency in 2022, in-house would suit her",
    ],
)
def test_the_agency_that_brought_someone_to_us_is_no_wish(text):
    assert not any(f[0] == "company" and "agency" in f for f in found(text))
    assert suits(text, "company", **IN_HOUSE_ROLE)


def test_a_role_that_says_neither_answers_nothing():
    assert suits("in-house only from now on", "company", **IN_HOUSE_ROLE)
    got = judged("in-house only from now on", **PLAIN_ROLE)
    assert "company" not in got.get("unmet", set()) | got.get("met", set())


def test_in_house_recruiters_getting_in_touch_are_no_employer_wish():
    got = found("Agencies can stop calling; she'll only take calls from in-house recruiters.")
    assert not any(f[0] == "company" and "in_house" in f for f in got)
    assert ("company", "must", "in_house") in found("in-house roles only from now on")
