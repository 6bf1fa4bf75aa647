"""A work permit named by its kind or number and said to run out, of the kind several held-out
sets missed on a first run: "her 417 ends in March", "his OPT expires in the summer", "the H-4
EAD lapses next month", "my EP runs out in July", "Skilled Worker visa ending in August", "IEC is
up in the spring", "needs an iqama transfer": they will need an employer's sponsorship. Their
near-miss twins - someone else's permit, a permit just renewed, a number that is a count or an
amount ("a team of 500", "$485 a day"), "L1 support", "opt out" - are no need. Sentences are our
own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 2, 2))
found = _AT.found
NEEDS = ("visa", "must", "needs_sponsorship")
NO_SPONSOR = {
    "title": "QA Engineer",
    "description": "We are unable to sponsor visas for this role.",
}


@pytest.mark.parametrize(
    "text",
    [
        "Her 417 ends in March.",
        "his OPT expires in the summer",
        "Her H-4 EAD lapses next month.",
        "My EP runs out in July.",
        "Skilled Worker leave ending in August",
        "IEC is up in the spring.",
        "needs an iqama transfer to join",
        "on a 482 that expires in September",
    ],
)
def test_a_permit_running_out_needs_sponsorship(text):
    assert NEEDS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her husband's 485 runs out in April.",
        "His 482 was renewed in January and now runs to 2029.",
        "Manages a team of 500, the programme ends in May.",
        "Charges $485 a day and the contract ends in May.",
        "L1 support role, contract ends in June.",
        "iqama transfer done in January, all sorted",
        "His iqama transfer to the current firm is still pending at the ministry.",
    ],
)
def test_a_permit_not_theirs_renewed_or_a_number_is_no_need(text):
    assert NEEDS not in found(text)


def test_a_role_that_cannot_sponsor_goes_against_a_permit_running_out():
    assert goes_against("his OPT expires in the summer", "visa", **NO_SPONSOR)
