"""Bounds on the working day of the kinds a first run of held-out 22 missed, in other words:

- crews' duty starts named as sign-ons or report times ("no sign-ons before 6am", "won't do report
  times earlier than 0545"), on a person's side; on a role's, "sign-on from 05:15"; the 24-hour
  clock without a colon read with its leading zero ("0530", "0600hrs"); twins: "won't start before
  2030" (a year, not a clock), a bound told of a past job;
- a figure led by a zero is a clock time or a code, never pay ("fine with 0500 starts", "happy
  with 0615 sign-ons"); twins: "happy with 95k";
- "no worries with X", "no dramas about X" is being fine with X; twins: "worried about X", "no
  worries, but no X".
Sentences are our own."""

from datetime import date

import pytest

from reading.hours import find_hours, role_hours
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("solo dad, no sign-ons before 6am - school run", "06:00"),
        ("won't do report times earlier than 0545", "05:45"),
        ("can't sign on before 0530 with the kids", "05:30"),
        ("no starts before 0600hrs", "06:00"),
    ],
)
def test_an_early_duty_start_refused_is_read(text, time):
    assert [v for v, *_ in find_hours(text) if v["kind"] == "early_start"] == [
        {"kind": "early_start", "time": time}
    ]


@pytest.mark.parametrize(
    "text",
    ["won't start before 2030", "used to have sign-ons no earlier than 0500 at my old airline"],
)
def test_a_year_or_a_past_job_is_no_start_bound(text):
    assert not find_hours(text)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Sign-on from 05:15 at the depot", 5 * 60 + 15),
        ("0545 report times, home by 2pm", 5 * 60 + 45),
    ],
)
def test_a_roles_sign_on_is_its_start(text, start):
    assert role_hours(text.lower())[0] == start


@pytest.mark.parametrize("text", ["fine with 0500 starts", "Happy with 0615 sign-ons, any day."])
def test_a_figure_led_by_a_zero_is_no_pay(text):
    assert not [f for f in found(text) if f[0] == "pay"]


def test_pay_still_read():
    assert ("pay", "wish", 95000, None) in found("happy with 95k")


@pytest.mark.parametrize(
    ("text", "polarity", "what"),
    [
        ("No worries with nights, did them for years.", "wish", "nights"),
        ("no dramas about FIFO", "wish", "fifo"),
        ("Worried about nights with a baby on the way.", "avoid", "nights"),
        ("no worries, but no FIFO", "avoid", "fifo"),
    ],
)
def test_no_worries_with_a_term_is_being_fine_with_it(text, polarity, what):
    assert ("schedule", polarity, what) in found(text)
