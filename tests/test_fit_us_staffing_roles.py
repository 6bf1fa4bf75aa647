"""US hospital, warehouse and trucking roles read as their people say them: "(Days)", "7a-7p" and
"day shift only" have no nights; "3p-11p" and "2nd shift" run into the evening; "call shifts"
and "weekend call" are on-call; over-the-road work keeps a driver away and a local route brings
him home daily; a title that opens "Remote" is remote; "$22-$24 per hour" against a bare "27";
a hospice, a 900-bed center and self-scheduling; a travel contract against a staff job. Each
against the person's word and its near miss. Sentences and roles are our own.
"""

import pytest

from tests.fit_helpers import goes_against, judged, suits

DAYS = dict(
    title="RN - Med/Surg (Days)",
    remote_policy="onsite",
    location="Tulsa, OK",
    description="Staff RN on a 32-bed med/surg unit, 3x12s 7a-7p.",
)
NIGHTS = dict(
    title="Patient Care Tech - Nights",
    remote_policy="onsite",
    location="Tulsa, OK",
    description="PCT on a cardiac step-down unit, 7p-7a, every third weekend.",
)
SECOND = dict(
    title="Picker/Packer",
    remote_policy="onsite",
    location="Reno, NV",
    description="Fulfilment center, 2nd shift, Tuesday to Saturday, 3pm to 11:30pm.",
)
CALL = dict(
    title="Cath Lab Tech",
    remote_policy="onsite",
    location="Omaha, NE",
    description="Cardiac cath lab, four 10s with call shifts two nights a week and weekend call.",
)
OTR = dict(
    title="Class A Driver",
    remote_policy="onsite",
    location="Amarillo, TX",
    description="Over-the-road flatbed, out two to three weeks, home four days.",
)
LOCAL = dict(
    title="Class A Driver - Local",
    remote_policy="onsite",
    location="Amarillo, TX",
    description="Local P&D routes around Amarillo, home every night.",
)


@pytest.mark.parametrize(
    "note", ["Days only pls, my kids are little.", "Cand wants straight days."]
)
def test_days_asked_for_suit_a_day_role_and_go_against_a_night_one(note):
    assert suits(note, "schedule", **DAYS)
    assert goes_against(note, "schedule", **NIGHTS)


def test_nights_only_goes_against_a_day_role():
    assert goes_against(
        "She only wants nights, the differential pays the bills.", "schedule", **DAYS
    )
    assert suits("She only wants nights, the differential pays the bills.", "schedule", **NIGHTS)


def test_first_shift_only_goes_against_an_evening_shift_but_not_a_day_one():
    note = "first shift only, no car and the bus stops at 10"
    assert goes_against(note, "schedule", **SECOND)
    assert not goes_against(note, "schedule", **DAYS)


def test_a_hospitals_call_refused_or_liked_against_a_role_with_call_shifts():
    assert goes_against("won't take call anymore, done with it", "schedule", **CALL)
    assert suits("likes call, the call pay adds up", "schedule", **CALL)
    assert not goes_against("won't take call anymore, done with it", "schedule", **DAYS)


@pytest.mark.parametrize("note", ["needs to be home daily, single mom", "home nightly or nothing"])
def test_home_daily_goes_against_over_the_road_and_suits_a_local_route(note):
    assert goes_against(note, "travel", **OTR)
    assert suits(note, "travel", **LOCAL)


def test_otr_wanted_goes_against_a_local_route():
    assert goes_against("wants OTR, likes the miles", "travel", **LOCAL)
    assert suits("wants OTR, likes the miles", "travel", **OTR)


def test_a_title_that_opens_remote_is_a_remote_role_but_remote_monitoring_is_not():
    coder = dict(
        title="Remote Inpatient Coder", description="Code inpatient charts for a health system."
    )
    assert suits("has to work from home, caring for her dad", "work_mode", **coder)
    assert goes_against("wants an office, can't focus at home", "work_mode", **coder)
    monitor = dict(
        title="Remote Monitoring Technician", description="Watch telemetry for three units."
    )
    assert "work_mode" not in judged("has to work from home", **monitor).get("met", set())


def test_a_bare_ask_against_an_hourly_band_is_an_hourly_rate():
    lpn = dict(
        title="LPN",
        remote_policy="onsite",
        location="Joplin, MO",
        offers=["$22-$24 per hour"],
    )
    assert goes_against("got a raise, need 27 now to move", "pay", **lpn)
    assert suits("id do 23 for days", "pay", **lpn)


def test_hospice_wanted_or_refused_against_a_hospice_role():
    role = dict(title="Hospice RN Case Manager", description="Home hospice visits around Macon.")
    assert suits("wants to do hospice after her mom's care", "industry", **role)
    assert goes_against("won't do hospice, too sad", "industry", **role)
    assert suits("Healthcare only for her.", "industry", **role)


def test_small_community_hospitals_against_a_900_bed_center():
    big = dict(
        title="RN - Neuro ICU",
        description="Staff RN at a 900-bed academic medical center; tuition reimbursement.",
    )
    assert goes_against("small community hospitals only", "company", **big)
    assert not goes_against(
        "small community hospitals only", "company", title="RN", description="A 30-bed unit."
    )


def test_self_scheduling_needed_is_met_by_a_role_that_offers_it():
    role = dict(title="CNA", offers=["Self-scheduling: pick your own shifts"])
    assert suits("needs self-scheduling, her husband works rotating shifts", "schedule", **role)


def test_a_staff_job_goes_against_a_travel_contract():
    travel = dict(title="Travel RN - PCU", description="13-week travel contract, 3x12s, nights.")
    assert goes_against("done with travel, wants a staff job with benefits", "contract", **travel)
    assert suits("ready for my next 13 wk", "contract", **travel)


def test_the_med_center_refused_goes_against_a_role_at_the_medical_center():
    tmc = dict(
        title="Pharmacy Tech", remote_policy="onsite", location="Houston, TX (Texas Medical Center)"
    )
    note = "won't drive into the Med Center again, Sugar Land sites only"
    assert goes_against(note, "commute", **tmc)
    assert not goes_against(note, "commute", title="Pharmacy Tech", location="Sugar Land, TX")


def test_an_hourly_floor_said_in_words_goes_against_a_lower_band():
    role = dict(title="RN", remote_policy="onsite", offers=["$38-$41 per hour"])
    assert goes_against("Needs fifty-two an hour or better.", "pay", **role)
    assert not goes_against("forty people on her unit, she wants a smaller one", "pay", **role)


def test_guaranteed_hours_needed_are_met_by_a_role_that_promises_them():
    role = dict(title="Travel RN - ED", offers=["Guaranteed 36 hours a week, no call-offs"])
    note = "they cancelled me twice last contract, next one has to have guaranteed hours"
    assert suits(note, "schedule", **role)
    assert "schedule" not in judged("looking for my next contract", **role).get("met", set())


def test_a_critical_access_hospital_is_small_and_a_units_beds_are_not_the_hospitals():
    cah = dict(title="RRT", description="Sole RT at a 22-bed critical access hospital.")
    assert suits("loves small rural hospitals", "company", **cah)
    assert goes_against("not interested in small hospitals", "company", **cah)
    unit = dict(title="RN", description="Staff RN on a 28-bed step-down unit.")
    assert "company" not in judged("not interested in small hospitals", **unit).get("unmet", set())
