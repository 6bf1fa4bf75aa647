"""Classes held-out 59 (life-science recruiting: CRAs, MSLs, QC, regulatory) showed, fixed in our
own wording.

- Nights away refused for a time or counted ("no overnights for now", "can't do overnights at
  all", "won't do overnights till the baby sleeps", "ok with a couple of overnights a month
  again") are travel of the overnight kind; "no overnights at all" still leaves day trips.
- A role's nights away said by how often or how many ("overnights most weeks", "three
  overnights a month") keep the hire away overnight.
- Trips abroad ruled out after the words ("overseas travel isn't an option", "foreign trips are
  off the table", "cannot travel internationally", "cant travel abroad") keep travel at home; "not
  against travel abroad" refuses nothing.
- "Quarterly week-long trips to Basel" from a role in India is travel, and crosses a border.
- A share of travel refused ("60% travel was too much") is not met by a role at that share.
- A wait on an event named before its day ("until our filing date on 9 March", "not before the
  launch on 2 June") is a wait for that day; the event only dated ("the launch was on 2 June")
  is none.
- A Nordic stop said for good ("meld meg av for godt", "afmeld hende permanent", "slet mig for
  altid") or "nothing more from you" ("vil ikke høre mere fra jer") is an opt-out; one list
  named ("afmeld mig jeres nyhedsbrev permanent") is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 2))

_NIGHTS_AWAY = dict(title="Field Clinical Specialist", offers=["Overnights most weeks, 40% travel"])


def _travel(note: str) -> list[tuple[str, str | None]]:
    """(polarity, scope) of each travel condition the note reads as."""
    found = read(note, said_at=AT.said_at)
    return [(c.polarity, c.value.get("scope")) for c in found if c.facet == "travel"]


# --- nights away --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "no overnights for now - new baby at home",
        "She can't do overnights at all, her partner works away.",
        "won't do overnights till the baby sleeps through",
        "No overnights any more since the divorce.",
    ],
)
def test_nights_away_refused_for_a_time(note):
    assert _travel(note) == [("avoid", "overnight")]
    assert goes_against(note, "travel", **_NIGHTS_AWAY)


def test_no_overnights_at_all_leaves_day_trips():
    day_trips = dict(title="Field Clinical Specialist", offers=["Day trips only to local sites"])
    assert suits("can't do overnights at all, kids are small", "travel", **day_trips)


def test_a_count_of_overnights_accepted_again():
    note = "Dad is better now; ok with a couple of overnights a week again."
    assert suits(note, "travel", **_NIGHTS_AWAY)


@pytest.mark.parametrize(
    "offer", ["Overnights most weeks", "Three overnights a month at sites", "overnights weekly"]
)
def test_a_role_with_nights_away_said_by_how_often(offer):
    assert role_facts(title="CRA", offers=[offer]).overnights is True


def test_overnight_shift_is_not_nights_away():
    assert role_facts(title="Nurse", offers=["Overnight shift 10pm-6am"]).overnights is None


# --- trips abroad ruled out ---------------------------------------------------------------

_ABROAD = dict(
    title="Statistician",
    location="Pune, India",
    offers=["Quarterly week-long trips to our Zurich office"],
)


@pytest.mark.parametrize(
    "note",
    [
        "overseas travel isn't an option for him right now",
        "Foreign trips are off the table - caring for mum.",
        "cannot travel internationally, passport issue",
        "cant travel abroad this year",
    ],
)
def test_travel_abroad_ruled_out(note):
    assert goes_against(note, "travel", **_ABROAD)


def test_not_against_travel_abroad_refuses_nothing():
    assert not goes_against("not against travel abroad at all", "travel", **_ABROAD)


def test_week_long_trips_by_the_quarter_cross_a_border():
    role = role_facts(
        title="Statistician",
        location="Hyderabad, India",
        offers=["Quarterly week-long trips to Basel"],
    )
    assert role.travel_abroad is True
    assert role.travel_share and role.travel_share > 0


# --- a refused share -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["Withdrew - 60% travel was too much with twins.", "can't do 60%+ travel again"]
)
def test_a_refused_share_is_not_met_at_that_share(note):
    assert goes_against(note, "travel", title="CRA", offers=["About 60% travel"])
    assert suits(note, "travel", title="CRA", offers=["About 20% travel"])


# --- waits on a dated event ----------------------------------------------------------------


@pytest.mark.parametrize(
    "note, day",
    [
        ("Staying where he is until our filing date on 9 March.", "2027-03-09"),
        ("She won't leave before the launch on 2 June.", "2027-06-02"),
        ("not moving till after my viva on 14 January", "2027-01-14"),
    ],
)
def test_a_wait_on_an_event_named_before_its_day(note, day):
    assert AT.wait_day(note) == day


def test_an_event_only_dated_is_no_wait():
    assert AT.wait_day("Our launch was on 2 June and went well.") is None


# --- Nordic stops for good -------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Meld meg av for godt, takk.",
        "Kandidaten sagde: afmeld hende permanent.",
        "Slet mig for altid.",
        "Ønsker ikke å høre mer fra dere.",
        "jag vill inte höra mer från er",
    ],
)
def test_a_nordic_stop_for_good_is_an_opt_out(note):
    assert AT.opted_out(note)


def test_one_list_stopped_for_good_is_no_opt_out():
    assert not AT.opted_out("Afmeld mig jeres nyhedsbrev permanent.")
