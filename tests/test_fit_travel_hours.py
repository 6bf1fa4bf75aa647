"""Travel and hours limits against a role's own terms: a cap said as a few trips ("a couple of
trips a year max") goes against 40% travel; no travel abroad goes against a quarterly week at an
HQ in another country (not against one at home); no calls in the evening goes against a role with
late calls with another region, and someone happy with late calls is not held back by it."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 10, 1)


def _kinds(note: str, **role) -> dict[str, set[str]]:
    role.setdefault("title", "Engineer")
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "motivation", 1)
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    out: dict[str, set[str]] = {}
    for j in judge(facts, role_facts(**role), today=SAID):
        out.setdefault(j.kind, set()).add(j.facet)
    return out


ROAD = dict(
    title="Senior Account Executive, ANZ",
    remote_policy="onsite",
    location="Melbourne, Australia",
    description="Close mid-market deals in Australia and New Zealand. Travel up to 40%.",
)


@pytest.mark.parametrize(
    "note",
    [
        "Travel: a couple of trips a year max. Two under five.",
        "she'll do a few trips a year at most",
        "max 2-3 trips per year pls",
    ],
)
def test_a_few_trips_a_year_at_most_goes_against_heavy_travel(note):
    assert "travel" in _kinds(note, **ROAD).get("unmet", set())


@pytest.mark.parametrize(
    "note", ["Travel: loves being on the road, misses client visits.", "happy to travel"]
)
def test_travel_loved_is_met_by_heavy_travel(note):
    assert "unmet" not in _kinds(note, **ROAD)


QUARTER_ABROAD = dict(
    remote_policy="remote",
    location="Remote (Denmark)",
    offers=["Remote from Denmark", "One week per quarter at HQ in Berlin"],
)
QUARTER_HOME = dict(
    remote_policy="remote",
    location="Remote (Denmark)",
    offers=["Remote from Denmark", "One week per quarter at HQ in Copenhagen"],
)


@pytest.mark.parametrize(
    "note",
    [
        "Can't travel abroad at all right now - custody arrangement.",
        "no international travel for him this year",
    ],
)
def test_no_travel_abroad_goes_against_a_quarterly_week_at_hq_abroad_not_at_home(note):
    assert "travel" in _kinds(note, **QUARTER_ABROAD).get("unmet", set())
    assert "travel" not in _kinds(note, **QUARTER_HOME).get("unmet", set())


LATE_CALLS = dict(
    title="Engineering Manager",
    remote_policy="onsite",
    location="Singapore",
    description=(
        "Lead the payments team of six engineers split between Singapore and Amsterdam. "
        "Two evening syncs a week with the Amsterdam half (until about 9pm SGT)."
    ),
)


@pytest.mark.parametrize(
    "note",
    [
        "No calls after 7pm - bedtime routine with the kids, she guards that hard",
        "no late calls pls, kids",
        "I can't do evening meetings any more.",
    ],
)
def test_no_evening_calls_goes_against_late_calls_with_another_region(note):
    assert "schedule" in _kinds(note, **LATE_CALLS).get("unmet", set())


@pytest.mark.parametrize(
    "note",
    ["Happy to do late calls with Europe a couple of nights a week", "late calls are fine"],
)
def test_late_calls_accepted_is_no_objection(note):
    got = _kinds(note, **LATE_CALLS)
    assert "schedule" not in got.get("unmet", set())
    assert "schedule" in got.get("met", set())


def test_a_day_role_is_no_late_calls_role():
    day = dict(title="Engineer", remote_policy="onsite", location="Singapore")
    assert "nights" not in role_facts(**day).schedule
    assert "unmet" not in _kinds("no calls after 7pm", **day)
