"""Classes held-out 61 (education and research recruiting) showed, fixed in our own wording.

- Evening work refused ("won't teach evening classes", "no evenings", "evening work is a no")
  is a late finish refused, met by a day role and not by one that runs till 9pm; "doesn't mind
  evening lectures" and evening work done before refuse nothing.
- A role's hours with the pm said once ("6-9.30pm") start in the evening, not at dawn.
- A role's time on the road said by the week ("out on the road four days a week", "visiting
  clinics three days a week") is its share of travel, not part-time hours; "two nights a week
  away" is nights away (overnights), not night work.
- At ease with travel said right against it ("fine on the road", "happy travelling") is a wish
  for travel; "not happy travelling" still refuses it.
- Years of travel behind someone ("after a decade on the road she wants ...") is history, not a
  wish for more.
- Nights away for the work's events ("too many overnights at trade fairs") are refused travel of
  the overnight kind; a nurse's "overnights at the hospital" are not travel.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits

SAID = date(2026, 11, 2)

_EVENING_ROLE = dict(
    title="Tutor, adult learning", offers=["Classes Tuesday and Wednesday, 6-9.30pm"]
)
_DAY_ROLE = dict(title="Tutor", offers=["Classes Monday to Friday, 9am-3pm"])


def _read(note: str) -> list[tuple[str, str, str | None]]:
    return [(c.facet, c.polarity, c.value.get("kind")) for c in read(note, said_at=SAID)]


# --- evening work refused -----------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "He won't teach evening classes any more, carer for his mum.",
        "no evenings pls - school run and bedtime",
        "cant do evening lectures",
        "Evening work is a no for her.",
    ],
)
def test_evening_work_refused_goes_against_an_evening_role(note):
    assert ("schedule", "avoid", "late_finish") in _read(note)
    assert goes_against(note, "schedule", **_EVENING_ROLE)
    assert not goes_against(note, "schedule", **_DAY_ROLE)


@pytest.mark.parametrize(
    "note",
    ["Doesn't mind evening lectures at all.", "She used to do evening classes at the college."],
)
def test_evening_work_not_refused(note):
    assert ("schedule", "avoid", "late_finish") not in _read(note)


def test_pm_said_once_starts_in_the_evening():
    facts = role_facts(**_EVENING_ROLE)
    assert facts.starts == 18 * 60 and facts.ends == 21 * 60 + 30
    assert role_facts(title="Admin", offers=["Hours 9-5pm"]).starts == 9 * 60


# --- time on the road by the week ---------------------------------------------------------


@pytest.mark.parametrize(
    "offer, share",
    [
        ("Out on the road four days a week across the patch", 0.8),
        ("Three days a week visiting clinics", 0.6),
        ("Two nights a week away at partner colleges", 0.4),
    ],
)
def test_days_on_the_road_are_travel_not_part_time(offer, share):
    facts = role_facts(title="Field Trainer", offers=[offer])
    assert facts.travel_share == share
    assert "part_time" not in facts.schedule and "nights" not in facts.schedule


def test_office_days_are_not_travel():
    facts = role_facts(title="Analyst", offers=["Hybrid: three days a week in the office"])
    assert facts.travel_share is None


def test_nights_a_week_away_are_overnights():
    facts = role_facts(title="Area Manager", offers=["Two nights a week away at partner colleges"])
    assert facts.overnights is True
    assert goes_against(
        "Too many overnights at trade fairs last time, two small kids.",
        "travel",
        title="Area Manager",
        offers=["Two nights a week away at partner colleges"],
    )


# --- travel wished, refused, or behind them ------------------------------------------------

_FIELD = dict(title="Field Rep", offers=["On the road four days a week visiting schools"])


@pytest.mark.parametrize("note", ["Fine on the road, clean licence.", "happy travelling for work"])
def test_at_ease_with_travel_is_a_wish(note):
    assert ("travel", "wish", None) in _read(note)
    assert suits(note, "travel", **_FIELD)


def test_not_happy_travelling_still_refuses():
    assert goes_against("not happy travelling any more", "travel", **_FIELD)


def test_years_on_the_road_are_history():
    note = "Wants an office-based job after a decade on the road."
    assert not any(f == "travel" and p == "wish" for f, p, _ in _read(note))


def test_overnights_at_the_hospital_are_not_travel():
    assert not any(f == "travel" for f, _, _ in _read("She does overnights at the hospital."))
