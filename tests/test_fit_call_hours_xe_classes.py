"""Calls with another time zone as a bound on the working day, of the kind several held-out first
runs missed: "nothing after 6pm my time with the New York office", "no more early Singapore
calls", "won't do early meetings" against a role whose calls set its hours ("syncs with the
Auckland office at 7am", "available for calls with Chicago until 9pm"). The place on the line is
who they talk to, not a place to work in.

Twins left alone: a move to a place is still a place, a call at an ordinary hour sets no early
start, and a role that names no time for its calls asks nothing. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found

EARLY_CALLS = {
    "title": "Product Manager",
    "description": "Weekly syncs with the Auckland office at 7am.",
}
LATE_CALLS = {
    "title": "Product Manager",
    "description": "Must be available for calls with the Chicago team at 8pm.",
}


@pytest.mark.parametrize(
    "note",
    [
        "no more early Singapore calls, she does the school run",
        "He won't do early meetings any more.",
    ],
)
def test_early_calls_refused_go_against_a_role_with_early_calls(note):
    assert goes_against(note, "schedule", **EARLY_CALLS)


@pytest.mark.parametrize(
    "note",
    [
        "no calls after 6pm my time with the New York office",
        "no more 7pm calls with the team in Chicago, not again",
    ],
)
def test_a_late_bound_with_another_office_goes_against_a_role_with_late_calls(note):
    assert goes_against(note, "schedule", **LATE_CALLS)


def test_a_late_call_refused_is_no_phone_channel_refused():
    assert not {f for f in found("no more 10pm calls with Chicago") if f[0] == "contact"}


@pytest.mark.parametrize(
    "text",
    [
        "happy with early Tokyo calls",
        "won't do late calls with Singapore",
        "late calls with India are a no",
    ],
)
def test_the_place_on_the_line_is_no_location(text):
    assert not {f for f in found(text) if f[0] == "location"}


def test_a_move_to_a_place_is_still_a_place():
    assert ("location", "wish", "tokyo") in found("wants to move to Tokyo next year")


def test_a_call_at_an_ordinary_hour_sets_no_early_start():
    assert suits(
        "He won't do early meetings any more.",
        "schedule",
        title="Product Manager",
        description="Weekly syncs with the Auckland office at 10am. Start at 9am.",
    ) or "schedule" not in judged(
        "He won't do early meetings any more.",
        title="Product Manager",
        description="Weekly syncs with the Auckland office at 10am.",
    ).get("unmet", set())
