"""Managing and a refusal of the kinds a first run of held-out 32 missed, in other words:

- a step up said as running or leading a team or a school named for its trade ("run my own
  interior team", "wants to head up a dive school", "ready to lead the galley") is a wish to
  manage, met by a role that runs a team; "bossing people about" refused is managing refused;
  twins: "the school run", a team run in the past ("ran the surf school for years");
- "a hard no to X" ("a firm no on X") refuses X as "X is a hard no" does; twin: "not a hard no".

Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 9, 14)).found

CHIEF = dict(
    title="Chief Stewardess",
    description="Run the interior team of six on a 60m charter yacht.",
    seniority="lead",
)


@pytest.mark.parametrize(
    "note",
    [
        "ready to run my own interior team after four seasons as second",
        "wants to head up a dive school next",
        "keen to lead the galley now",
    ],
)
def test_running_a_trade_team_is_a_wish_to_manage(note):
    assert ("management", "wish", "manage") in {c[:3] for c in found(note)}


def test_running_a_team_wished_suits_a_role_that_runs_one():
    assert suits("ready to run my own interior team", "management", **CHIEF)


def test_bossing_people_about_refused_goes_against_a_role_that_runs_a_team():
    assert goes_against(
        "doesn't want to be bossing people around, happy as is", "management", **CHIEF
    )


@pytest.mark.parametrize(
    "note", ["can't do the school run on charter days", "ran the surf school in Biarritz for years"]
)
def test_the_school_run_or_a_past_school_is_no_wish_to_manage(note):
    assert not any(c[0] == "management" and c[1] == "wish" for c in found(note))


def test_a_hard_no_to_something_refuses_it():
    assert ("topic", "avoid") in {c[:2] for c in found("a hard no to tender driving now")}
    assert ("topic", "avoid") in {c[:2] for c in found("a firm no on bunk beds")}
    assert ("topic", "avoid") not in {c[:2] for c in found("not a hard no to bunk beds")}
