"""A commute capped by the time spent in the car, a class a first run of held-out 45 missed:
"no more than half an hour in the car", "an hour behind the wheel is her limit" cap the journey
as "45 minutes by train" does. Twins: a car that is only where something was left, or a past
afternoon's drive ("two hours in the car yesterday"), is no commute. Sentences are our own."""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

_SAID = date(2026, 10, 1)
found = ReadAt(_SAID).found


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("No more than forty minutes in the car, the A34 did for her last time.", 40),
        ("max 25 mins in the car pls", 25),
        ("An hour behind the wheel is his limit.", 60),
    ],
)
def test_time_in_the_car_caps_the_commute(text, minutes):
    caps = [c.value.get("minutes") for c in read(text, said_at=_SAID) if c.facet == "commute"]
    assert caps == [minutes]


@pytest.mark.parametrize(
    "text",
    ["She left the signed form in the car.", "Spent two hours in the car yesterday with the kids."],
)
def test_a_car_that_is_no_journey_to_work_is_no_commute(text):
    assert not any(f == "commute" for f, *_ in found(text))
