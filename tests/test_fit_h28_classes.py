"""Roles' terms of the kinds the held-out 28 stranger's roles showed misread, judged against a
note, in our own words:

- a band paid fourteen times a year ("paid 14 times a year", "14 salaries"): a monthly floor
  counts fourteen months, so one above the band's month is unmet; twins: a monthly ask within
  the band's month is met, and a yearly band with no payment count keeps twelve;
- nights counted on a trip ("site visits to the client, two or three nights", "3 nights away") are
  nights away from home: "no overnight trips" goes against them and they are no night work;
  twin: "three nights a week" with no trip is still night work.

Sentences are our own."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, judged, suits

_FOURTEEN = dict(
    title="Support Agent",
    offers=["€1,300–€1,500 gross a month, paid 14 times a year"],
    salary_min=18200,
    salary_max=21000,
    currency="EUR",
)


def test_a_monthly_floor_above_a_fourteen_month_band_is_unmet():
    assert goes_against("Won't go below €1,600 a month.", "pay", **_FOURTEEN)


def test_a_monthly_ask_inside_a_fourteen_month_band_is_met():
    assert suits("€1,400 a month would do.", "pay", **_FOURTEEN)


@pytest.mark.parametrize(
    "offer, count",
    [
        ("paid 14 times a year", 14),
        ("14 salaries a year", 14),
        ("€1,500 x 14", 14),
        ("plus 13th-month pay", 13),
        ("€1,500 gross a month", None),
    ],
)
def test_a_roles_payment_count_is_read(offer, count):
    assert role_facts(title="Agent", offers=[offer]).payments == count


_TRIPS = dict(
    title="Quality Analyst",
    offers=["Site visits to the client in Austin, two or three nights each time"],
)


def test_nights_counted_on_a_trip_are_nights_away():
    role = role_facts(**_TRIPS)
    assert role.overnights is True
    assert "nights" not in role.schedule


def test_no_overnight_trips_goes_against_a_trip_of_nights():
    assert goes_against("Cannot do overnight trips at the moment.", "travel", **_TRIPS)


def test_no_night_work_is_not_met_or_unmet_by_trip_nights():
    assert "schedule" not in judged("No night shifts please.", **_TRIPS).get("unmet", set())


def test_nights_a_week_with_no_trip_are_still_night_work():
    role = role_facts(title="Nurse", offers=["Three nights a week, travel allowance paid"])
    assert "nights" in role.schedule
