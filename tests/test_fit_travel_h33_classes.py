"""Travel of the kinds a first run of held-out 33 missed, in other words:

- a role's gatherings away counted in nights ("two company retreats a year, 4 nights each") keep
  the hire away overnight; twin: gatherings with no nights said;
- a role said to have no travel ("Travel: none", "zero travel required") has a share of none;
  twins: "no travel for the first month", "no travel budget";
- a cap said as "a couple days a month" (no "of") is a small share.
Sentences are our own."""

import pytest

from reading.role_facts import role_facts
from reading.role_travel import overnights, travel_share
from tests.fit_helpers import goes_against, suits


def test_gatherings_counted_in_nights_are_overnights():
    assert overnights("Remote-first; two company retreats a year, 4 nights each") is True
    assert overnights("Quarterly kickoffs in Austin (2 nights)") is True


def test_gatherings_with_no_nights_said_are_unknown():
    assert overnights("Remote-first; two company retreats a year") is None


def test_no_overnights_goes_against_retreats_of_nights():
    assert goes_against(
        "Fully remote, and I can't do nights away - I care for my mum.",
        "travel",
        offers=["Remote; three retreats a year, 2 nights each"],
    )


@pytest.mark.parametrize(
    "terms", ["Travel: none", "Remote, zero travel required.", "No travel - every demo is on Zoom"]
)
def test_a_role_with_no_travel_has_none(terms):
    assert travel_share(terms, "") == 0.0


@pytest.mark.parametrize(
    "terms", ["No travel for the first month, then 25%", "No travel budget this year"]
)
def test_a_role_with_travel_later_or_no_budget_is_not_none(terms):
    assert travel_share(terms, "") != 0.0


def test_a_wish_to_travel_goes_against_a_role_with_none():
    assert goes_against(
        "Desk job is dull, she wants to be on the road with customers again.",
        "travel",
        offers=["Travel: none - everything is virtual"],
    )
    assert role_facts(title="SE", offers=["Travel: none"]).travel_share == 0.0


def test_a_couple_days_a_month_is_a_small_cap():
    assert goes_against(
        "A couple days a month on the road, max - he has young kids.",
        "travel",
        offers=["Around 40% travel to customer sites"],
    )
    assert suits(
        "A couple days a month on the road, max - he has young kids.",
        "travel",
        offers=["Travel: none"],
    )
