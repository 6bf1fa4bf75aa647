"""A "bank" that is no bank: a hospital's or an agency's pool of casual staff ("the staff bank",
"NHSP bank", "bank shifts"), a food bank or a bank holiday names no wish for (or refusal of) the
banking sector - and an opt-out said about such a list is still an opt-out. "Never again in a
bank" still refuses banking."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import SAID
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)


def _sectors(note: str) -> set[tuple]:
    return {k for k in at.found(note) if k[0] == "industry"}


@pytest.mark.parametrize(
    "note",
    [
        "Take me off the hospital's nurse bank list please, not doing it any more.",
        "She's on the trust bank at Whiston, only wants bank shifts around the school run.",
        "does NHSP bank nights, keen on a perm band 6",
        "Volunteers at the food bank on Saturdays.",
        "Can't start over the bank holiday weekend.",
        "Picks up bank work as an HCA.",
        "Only wants bank hours, no perm contract.",
    ],
)
def test_a_staff_bank_or_food_bank_is_no_banking_condition(note):
    assert not any(k[2] == "banking" for k in _sectors(note))


def test_coming_off_the_nurse_bank_list_is_still_an_opt_out():
    assert at.opted_out("please remove me from your nurse bank list, thanks")


@pytest.mark.parametrize(
    "note, polarity",
    [
        ("Never again in a bank, the culture broke him.", "avoid"),
        ("No banks, she's done with them.", "avoid"),
        ("Would love to work for a bank again.", "wish"),
    ],
)
def test_a_bank_as_an_employer_is_still_banking(note, polarity):
    assert ("industry", polarity, "banking") in _sectors(note)


def test_a_role_on_the_staff_bank_is_not_in_banking():
    bank_post = role_facts(
        title="Bank Healthcare Assistant",
        description="Join our staff bank: flexible bank shifts across both hospitals.",
    )
    lender = role_facts(title="Engineer", description="We're a challenger bank for freelancers.")
    assert "banking" not in bank_post.industries
    assert "banking" in lender.industries
