"""Roles' terms of the kinds a first run of held-out 34 misread, in other words, and the fit
they make:

- a role that says it cannot support employment permit applications does not sponsor (an
  Irish permit is a sponsorship), where one that supports them does;
- a weekend day refused on its own ("Monday to Saturday, never Sundays") leaves the other day
  worked: Saturdays refused go against it, Sundays refused do not; "no Saturdays or Sundays"
  is still no weekend work;
- a pattern of days on and off ("4-on-4-off", "three on, three off") runs through weekends, so
  "weekdays only" goes against it; a four-day week does not;
- a lorry driver's week away ("tramping", "nights out in the cab", "home at weekends") is
  nights away and weekends at home, not night shifts or weekend work: "home every night" goes
  against it, a night-shift refusal does not.

Their near-miss twins are in the same tests. Sentences are our own."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against


def test_an_employment_permit_not_supported_is_no_sponsorship():
    assert (
        role_facts(
            title="Radiographer",
            offers=["Unfortunately we can't support employment permits for this vacancy."],
        ).sponsorship
        is False
    )
    assert role_facts(title="Radiographer", offers=["Work permits supported."]).sponsorship is True


def test_one_weekend_day_refused_by_the_role_leaves_the_other():
    facts = role_facts(
        title="Dispenser",
        description="Tuesday to Saturday, one Saturday in three; closed on Sundays.",
    )
    assert "weekends" in facts.schedule
    assert facts.weekend_days == frozenset({"saturday"})
    role = dict(title="Dispenser", description="Monday to Saturday rota, never Sundays, 9 to 5:30.")
    assert goes_against("Keeps the Sabbath, so never a Saturday.", "schedule", **role)
    assert not goes_against("Sundays are family time, never Sundays.", "schedule", **role)


def test_both_weekend_days_refused_by_the_role_is_no_weekend_work():
    facts = role_facts(title="Clerk", description="Office hours, no Saturdays or Sundays.")
    assert "weekends" not in facts.schedule
    assert "weekends" in facts.no_schedule


@pytest.mark.parametrize(
    "description",
    [
        "Days on a 4-on-4-off pattern, 7am to 7pm.",
        "Three on, three off, twelve-hour shifts in the cold store.",
        "Continental rota: 4 days on 4 days off.",
    ],
)
def test_days_on_and_off_run_through_weekends(description):
    assert "weekends" in role_facts(title="Team Leader", description=description).schedule
    assert goes_against(
        "Weekdays only, the kids' childminder doesn't do weekends.",
        "schedule",
        title="Team Leader",
        description=description,
    )


def test_a_four_day_week_is_no_weekend_pattern():
    facts = role_facts(title="Analyst", description="A four-day week, Monday to Thursday.")
    assert "weekends" not in facts.schedule


def test_a_drivers_week_away_is_nights_away_and_weekends_home():
    role = dict(
        title="Class 1 Driver",
        description="Trunking and tramping work, Sunday night to Friday, nights out in the cab, "
        "home at weekends.",
    )
    facts = role_facts(**role)
    assert facts.overnights is True
    assert "nights" not in facts.schedule
    assert "weekends" not in facts.schedule
    assert goes_against("Needs to be home every night, the kids are small.", "travel", **role)
    assert not goes_against("No night shifts, they wreck his sleep.", "schedule", **role)


def test_a_social_night_out_is_no_night_away():
    facts = role_facts(title="Store Manager", description="Regular team nights out and a bonus.")
    assert facts.overnights is not True
