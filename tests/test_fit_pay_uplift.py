"""A raise asked as a share of the pay they are on: "on £44k, needs a 10% uplift to move" asks for
£48.4k, so a £48-52k band meets it and it goes against a band below; an amount wanted outright
("wants £60k") stays that amount, and a raise with no pay named stays a wish with no amount."""

import pytest

from tests.fit_helpers import SAID, goes_against, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)
BAND = dict(title="Developer", salary_min=48_000, salary_max=52_000, currency="GBP")


@pytest.mark.parametrize(
    "note, amount",
    [
        ("Currently £60k - wants 15% on top.", 69_000),
        ("Needs a 20% increase on his current £50,000.", 60_000),
        ("She's on £40k, would move for a 10% rise.", 44_000),
    ],
)
def test_a_raise_on_current_pay_asks_that_much_more(note, amount):
    assert at.first_pay(note)["amount"] == amount


@pytest.mark.parametrize(
    "note", ["On £44k, won't move for less than a 10% uplift.", "Earning £45k, wants 10% more."]
)
def test_an_uplift_inside_the_band_suits_it(note):
    assert suits(note, "pay", **BAND)


@pytest.mark.parametrize(
    "note", ["On £55k now - needs a 10% increase.", "Currently £50k, needs 15% on top to move."]
)
def test_an_uplift_above_the_band_goes_against_it(note):
    assert goes_against(note, "pay", **BAND)


@pytest.mark.parametrize(
    "note, amount",
    [("Wants £60k, not 10% more than last year.", 60_000), ("Got a 10% raise to £55k.", 55_000)],
)
def test_an_amount_wanted_outright_is_not_raised(note, amount):
    assert at.first_pay(note)["amount"] == amount
