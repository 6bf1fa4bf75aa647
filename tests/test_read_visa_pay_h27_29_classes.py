"""Visa and pay readings the held-out 27-29 strangers' notes showed wrong:

- an employer's refusal to sponsor ("the firm wouldn't sponsor a 482", "they refused to sponsor
  an EP") means the person needs sponsorship - while "won't need sponsoring" is a need denied;
- sponsorship passed over right after it is named ("sponsorship was fine, the salary was
  short", "the visa wasn't the issue") is no need - while "needs sponsorship, the pay was fine"
  still is;
- a visa named by its number ("a 482 sponsored", "an 820 visa") is no salary;
- a gap between two figures ("$20k short of what he needs", "10k below the band") is not what
  they ask - while "120k or over" still is.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

at = ReadAt(date(2026, 1, 20))


def _visa(note: str) -> set[tuple]:
    return {k for k in at.found(note) if k[0] == "visa"}


NEEDS = ("visa", "must", "needs_sponsorship")


@pytest.mark.parametrize(
    "note",
    [
        "Pulled out - the company wouldn't sponsor a 482.",
        "they refused to sponsor an EP, so she walked",
        "Agency could not sponsor him.",
    ],
)
def test_an_employer_refusing_to_sponsor_means_the_person_needs_sponsorship(note):
    assert NEEDS in _visa(note)


def test_a_need_for_sponsoring_denied_is_no_need():
    assert NEEDS not in _visa("Won't need sponsoring, she has PR.")


@pytest.mark.parametrize(
    "note",
    [
        "Withdrew: sponsorship was fine, the package was the problem.",
        "The visa wasn't the issue, it was the commute.",
    ],
)
def test_sponsorship_passed_over_right_after_it_is_no_need(note):
    assert NEEDS not in _visa(note)


def test_sponsorship_needed_with_something_else_fine_is_still_a_need():
    assert NEEDS in _visa("Needs sponsorship, the pay was fine.")


@pytest.mark.parametrize(
    "note", ["Needs a 482 sponsored by the next employer.", "She is on an 820 visa until March."]
)
def test_a_visa_named_by_its_number_is_no_salary(note):
    assert at.first_pay(note) is None


@pytest.mark.parametrize(
    "note",
    ["Offer came in 15k short of his ask.", "The band sits 10k below what she earns."],
)
def test_a_gap_between_two_figures_is_not_what_they_ask(note):
    assert at.first_pay(note) is None


def test_an_amount_or_over_is_still_what_they_ask():
    assert at.first_pay("Wants 120k or over.")["amount"] == 120000
