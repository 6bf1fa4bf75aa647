"""An office refused in whole, of the kind several held-out sets missed on a first run: "no office
at all", "zero office days", "never in an office again", "no commuting of any kind" leave no day
in, so they read as remote only and a hybrid role goes against them (plainly, "no office" is a
full week in refused, and a hybrid role meets it). Their near-miss twins - an office every day
refused, a full-time office refused, one weekday refused, a journey capped, a place that had no
office, "not in the office again until" a month - are not remote-only. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 1))
found = _AT.found
REMOTE_ONLY = ("work_mode", "must", "remote")
HYBRID = {"title": "Data Engineer", "remote_policy": "hybrid", "location": "Bristol"}


@pytest.mark.parametrize(
    "text",
    [
        "Wants no office at all these days.",
        "zero office days for me now",
        "Zero days in an office, thanks.",
        "Says she's never setting foot in an office again.",
        "never working out of an office again - lockdown changed him",
        "no commute of any kind - the kids' school run is hers",
        "No commuting at all, he was clear.",
        "Doesn't want any office whatsoever.",
        "no office days, ever",
    ],
)
def test_an_office_refused_in_whole_is_remote_only(text):
    assert REMOTE_ONLY in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "no office every day please",
        "Not in the office full time again.",
        "no commute over 40 minutes",
        "the last startup had no office at all and it was lonely",
        "Won't be in the office again until March - on leave.",
    ],
)
def test_a_part_of_the_week_or_a_cap_is_not_remote_only(text):
    assert REMOTE_ONLY not in found(text)


def test_a_hybrid_role_goes_against_no_office_at_all():
    assert goes_against("Wants no office at all these days.", "work_mode", **HYBRID)
    assert goes_against("zero office days for me now", "work_mode", **HYBRID)
    assert goes_against("No commuting at all, he was clear.", "work_mode", **HYBRID)


def test_a_hybrid_role_still_meets_no_office_every_day():
    assert suits("no office every day please", "work_mode", **HYBRID)


def test_a_remote_role_meets_no_office_at_all():
    assert suits(
        "Wants no office at all these days.",
        "work_mode",
        title="Data Engineer",
        remote_policy="remote",
    )
