"""Pay of the kind a first run of held-out 32 missed, in other words: what someone earns said with
its money and period, then the least they would take or what they ask as a bare figure ("on
€4,100 a month, won't go below 4,600", "I make NZ$ 6,000 a month, but I'd take 5,200 to live by
the lake") is that many of the same money a month; against a monthly band the floor above it goes
against the role and the ask within it suits. Twins: a bare count after the same cue ("fewer than
2,000 passengers", "less than 3,000 guests"), a figure with no amount said before it ("would
take 4,500") and one of another size ("wants 12 months") are no pay. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
first_pay = _AT.first_pay
pays = _AT.pays

BAND = dict(
    title="Head Housekeeper",
    salary_min=54000,
    salary_max=60000,
    currency="EUR",
    offers=["EUR 4,500-5,000 a month"],
)


@pytest.mark.parametrize(
    ("text", "amount", "currency", "kind"),
    [
        ("On €4,100 a month, won't go below 4,600.", 4600, "EUR", "floor"),
        ("I make NZ$ 6,000 a month, but I'd take 5,200 to live by the lake.", 5200, "NZD", "ask"),
        ("currently £2,300 a month on the ship and asking 2,800 ashore", 2800, "GBP", "ask"),
    ],
)
def test_a_bare_figure_takes_the_money_and_period_said_before_it(text, amount, currency, kind):
    got = [c.value for c in pays(text) if c.value.get("amount") == amount]
    assert got and got[0]["currency"] == currency and got[0]["period"] == "month"
    assert got[0]["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "On €4,100 a month on a ship with fewer than 2,000 passengers.",
        "paid $3,900 a month, wants less than 3,000 guests on board",
        "would take 4,500 if the boat is right",
    ],
)
def test_a_count_or_a_figure_with_no_money_before_it_is_no_pay(text):
    assert not [c for c in pays(text) if c.value.get("amount") in (2000, 3000, 4500)]


def test_against_a_monthly_band_the_floor_above_goes_against_and_the_ask_within_suits():
    assert goes_against("On €4,100 a month, won't go below 5,600.", "pay", **BAND)
    assert suits("I earn €6,300 a month, but I'd take 4,800 to be near my sister.", "pay", **BAND)
