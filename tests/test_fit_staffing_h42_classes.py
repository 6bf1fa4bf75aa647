"""Role readings and latest words of the kinds a first run of held-out 42 (a US IT staffing
desk's notes) missed, in other words:

- a role's terse offer line naming the business: a product of two sectors joined ("Sports
  betting and casino app") or the program the work is for ("Nuclear weapons programme support");
  beside experience asked for ("casino program experience a plus") and a bank's own product;
- nights in a hotel said by how often ("two nights a month in a motel") are nights away, beside
  day trips;
- a call's hour said before it ("a 9:30pm IST stand-up twice a week") is how late the role runs,
  beside a role that keeps that hour free ("no 9pm calls");
- travel loosened or tightened on a later day ("none while the baby is small", later "a third of
  the time is fine") - both caps, so no opposite sign - the later one counts; beside one note
  that says both ("no overnights, up to 20%").

Sentences are our own."""

from datetime import date
from types import SimpleNamespace

import pytest

from data.latest_word import superseded
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits


@pytest.mark.parametrize(
    "offer, industry",
    [
        ("Sports betting and casino app", "gambling"),
        ("Nuclear weapons programme support for the ministry", "defence"),
    ],
)
def test_a_terse_offer_line_names_the_business(offer, industry):
    assert industry in role_facts(title="Engineer", offers=[offer]).industries


@pytest.mark.parametrize(
    "offer",
    ["Casino program experience a plus", "Mobile banking app for our members"],
)
def test_experience_asked_or_another_sector_is_not_this_one(offer):
    assert "gambling" not in role_facts(title="Engineer", offers=[offer]).industries


def test_a_refusal_of_the_sector_meets_the_terse_line():
    assert goes_against(
        "never working for betting firms, it's against my faith",
        "industry",
        offers=["Sports betting and casino app"],
    )


def test_nights_in_a_motel_by_how_often_are_nights_away():
    role = dict(offers=["Site visits by car, two nights a month in a motel"])
    assert role_facts(title="Engineer", **role).overnights is True
    assert goes_against("happy to drive but no overnight stays", "travel", **role)


def test_day_trips_are_no_nights_away():
    assert role_facts(title="Engineer", offers=["Day trips only to the depots"]).overnights is False


def test_a_calls_hour_said_before_it_is_how_late_the_role_runs():
    role = dict(offers=["A 9:30pm IST stand-up with the Bangalore team twice a week"])
    assert role_facts(title="Engineer", **role).ends == 21 * 60 + 30
    assert goes_against("no work calls after 7pm, school run and dinner", "schedule", **role)
    assert suits("late calls with Asia are fine by him", "schedule", **role)


def test_an_hour_kept_free_is_no_late_finish():
    assert role_facts(title="Engineer", offers=["No 9pm calls - we respect evenings"]).ends is None


def _travel(i: int, polarity: str, share, said: date, scope=None):
    return SimpleNamespace(
        id=i,
        candidate_id=1,
        facet="travel",
        polarity=polarity,
        value={"share": share, "scope": scope},
        said_at=said,
        source_kind="touchpoint",
        source_id=i,
        span_start=0,
        status="read",
    )


def test_travel_loosened_on_a_later_day_replaces_the_earlier_no():
    none = _travel(1, "avoid", None, date(2026, 2, 1))
    third = _travel(2, "must", 0.33, date(2026, 9, 1))
    assert superseded([none, third]) == {1}


def test_travel_tightened_on_a_later_day_replaces_the_earlier_cap():
    half = _travel(1, "must", 0.5, date(2026, 2, 1))
    none = _travel(2, "avoid", 0.0, date(2026, 9, 1))
    assert superseded([half, none]) == {1}


def test_a_cap_and_no_overnights_in_one_note_both_stand():
    nights = _travel(1, "avoid", None, date(2026, 9, 1), scope="overnight")
    cap = _travel(2, "must", 0.2, date(2026, 9, 1))
    assert superseded([nights, cap]) == set()
