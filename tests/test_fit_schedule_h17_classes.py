"""Working patterns of hospitality and retail a first run of held-out 17 missed, in other words:
a kitchen's "splits" refused ("no more splits", "said no to splits again") go against a role
with split shifts, accepted ones ("happy doing splits") do not; bank holidays and Boxing Day
refused go against a store open on them; live-in refused goes against a role with staff
accommodation; needing guaranteed hours goes against a zero-hours role. Near misses (an agent's
commission "splits", "live in Leeds", a wait till after the bank holiday weekend) read no
pattern at all. Sentences are our own."""

import pytest

from tests.fit_helpers import SAID, goes_against, judged, suits
from tests.reading_helpers import ReadAt

found = ReadAt(SAID).found

SPLITS = dict(
    title="Sous Chef",
    location="Galway, Ireland",
    offers=["Split shifts: lunch 12-3, back for dinner 6-11"],
)
BANK_HOLS = dict(
    title="Assistant Store Manager",
    location="Doncaster, UK",
    offers=["Open every bank holiday, Boxing Day included"],
)
LIVE_IN = dict(
    title="Hotel Chef de Partie",
    location="Pitlochry, UK",
    offers=["Live-in, staff accommodation on site"],
)
ZERO_HOURS = dict(
    title="Casual Bar Supervisor",
    location="Manchester, UK",
    offers=["Casual, zero-hours contract - pick your events"],
)


@pytest.mark.parametrize(
    "note",
    [
        "No more splits for her, did six years of them at the Hilton.",
        "cand won't do splits any more - wants a life back",
        "said no to splits last time and still says no",
    ],
)
def test_splits_refused_go_against_a_split_shift_role(note):
    assert goes_against(note, "schedule", **SPLITS)


def test_splits_accepted_do_not_go_against_it():
    assert not goes_against("Happy doing splits, always has.", "schedule", **SPLITS)


@pytest.mark.parametrize(
    "note",
    [
        "Won't work bank holidays again, missed every family do last year.",
        "no public holidays please, kids are off",
        "She refuses to work Boxing Day - not after last year.",
    ],
)
def test_bank_holidays_refused_go_against_a_store_open_on_them(note):
    assert goes_against(note, "schedule", **BANK_HOLS)


def test_bank_holidays_welcomed_suit_it():
    assert suits("Happy to work bank holidays, love the double time.", "schedule", **BANK_HOLS)


@pytest.mark.parametrize(
    "note",
    [
        "Never doing live-in again, twelve years of staff accommodation was enough.",
        "no live-in roles please, she has a flat in Perth",
    ],
)
def test_live_in_refused_goes_against_a_role_with_staff_accommodation(note):
    assert goes_against(note, "schedule", **LIVE_IN)


def test_live_in_refused_suits_a_live_out_role():
    live_out = dict(LIVE_IN, offers=["Live-out; no staff accommodation"])
    assert suits("Won't do live-in again, not at my age.", "schedule", **live_out)


def test_guaranteed_hours_needed_go_against_a_zero_hours_role():
    assert goes_against("Needs guaranteed hours - has a mortgage now.", "schedule", **ZERO_HOURS)


@pytest.mark.parametrize(
    "note",
    [
        "The commission splits at my brokerage are getting worse.",
        "She doesn't live in Leeds any more.",
        "not moving till after the bank holiday, new store opening",
        "Pulled out when she found out it was live-in only.",
    ],
)
def test_a_near_miss_reads_no_such_pattern(note):
    read = {k for k in found(note) if k[0] == "schedule"}
    assert not any(w in str(k) for k in read for w in ("live_in", "bank_holidays", "split"))


OVERNIGHTS = dict(
    title="Territory Sales Manager",
    location="Carlisle, UK",
    offers=["Patch covers Cumbria and the Borders - two overnight stays a week, hotels paid"],
)


@pytest.mark.parametrize(
    "note",
    [
        "No overnights - needs to be home for the school run. Day trips are fine.",
        "cand ok with day-trips but no nights away, caring for her dad",
    ],
)
def test_day_trips_fine_beside_no_overnights_still_go_against_overnight_stays(note):
    got = judged(note, **OVERNIGHTS)
    assert "travel" in got.get("unmet", set()) and "travel" not in got.get("met", set())
