"""Roles' terms of the kinds a first run of held-out 38 misread, set against a note, in other
words:
- an office every day said only in the description as "work from office" (WFO), no share of the
  week named (a share named is hybrid);
- an IT services major named as the employer is a consultancy; a client's "global insurer's" is
  whom the work is for, not the employer's size (a "Series A, 25 people" stays a start-up);
- a terse line that is the product ("Payday loan app, 5 lakh users", "Real-money rummy
  platform") names the business; a refused cause the role serves goes against it;
- named shift bands on the role: a "US shift" works nights, a "general shift" is a fixed day.
Twins: a role that names none of these hears nothing. Sentences are our own."""

from tests.fit_helpers import goes_against, judged, suits

HYD = dict(title="Technical Lead", location="Hyderabad, India")


def test_work_from_office_in_the_description_is_an_office_every_day():
    role = dict(HYD, description="Own the claims APIs. Work from office, Gachibowli.")
    assert goes_against("Remote only, no office at all.", "work_mode", **role)
    hybrid = dict(HYD, description="Own the claims APIs. Work from office two days a week.")
    assert not goes_against("Hybrid is fine, two days max.", "work_mode", **hybrid)


def test_a_named_services_major_is_a_consultancy():
    role = dict(HYD, offers=["Wipro, on a European retail client's account"])
    assert goes_against("No service companies, product only.", "company", **role)
    assert "unmet" not in judged("No service companies, product only.", **HYD)


def test_a_clients_global_size_is_not_the_employers():
    role = dict(
        HYD,
        offers=["Series A, 25 people"],
        description="Build claims tooling for a global insurer's India GCC.",
    )
    assert goes_against("Only MNCs or big brands.", "company", **role)
    assert suits("Keen on a start-up now.", "company", **role)


def test_a_terse_product_line_names_the_business():
    loans = dict(HYD, offers=["Payday loan app, 5 lakh users"])
    assert goes_against("Never lending apps, seen the recovery calls.", "industry", **loans)
    rummy = dict(HYD, offers=["Real-money rummy platform"])
    assert goes_against("No betting firms, family won't allow.", "industry", **rummy)
    assert not goes_against("No betting firms.", "industry", **dict(HYD, offers=["Data platform"]))


def test_a_refused_cause_the_role_serves_goes_against_it():
    role = dict(HYD, offers=["Edtech for first-generation college students"])
    assert goes_against("No edtech again, burnt out on it.", "mission", **role)
    assert suits("Wants to work on education.", "mission", **role)


def test_named_shift_bands_on_the_role():
    us = dict(HYD, offers=["US shift, 7 pm to 4 am, cab both ways"])
    assert goes_against("Only general shift please, no more nights.", "schedule", **us)
    general = dict(HYD, offers=["General shift, 9 am to 6 pm"])
    assert goes_against("Only US shift, I study in the day.", "schedule", **general)
    assert not goes_against("Done with rotational shifts.", "schedule", **general)


def test_day_trips_are_a_little_travel_and_no_nights_away():
    role = dict(HYD, offers=["Occasional day trips to the Nashik plant, back the same evening"])
    assert goes_against("He wants zero travel now.", "travel", **role)
    assert suits("Fine with trips, just no overnight stays.", "travel", **role)


def test_a_city_under_its_old_name_is_the_same_city():
    role = dict(title="Analyst", location="Bengaluru, India", remote_policy="onsite")
    assert suits("Wants to stay in Bangalore, kids in school there.", "location", **role)
    gurugram = dict(title="Analyst", location="Gurugram, India", remote_policy="onsite")
    assert suits("Only Gurgaon, she has a flat there.", "location", **gurugram)


def test_a_country_holds_the_cities_the_role_names_after_it():
    role = dict(title="Analyst", location="Kochi, India", remote_policy="onsite")
    assert suits("India only - not going abroad again.", "location", **role)
    assert goes_against("Not India, wants to go abroad.", "location", **role)


def test_delhi_refused_is_missed_by_an_office_in_the_towns_around_it():
    role = dict(title="Analyst", location="Noida, India", remote_policy="onsite")
    assert goes_against("Not Delhi - the pollution is too much for my son.", "location", **role)


def test_a_stint_abroad_misses_a_country_kept_to():
    role = dict(
        title="Analyst",
        location="Chennai, India",
        remote_policy="onsite",
        offers=["Six months at the client's Houston office in year one"],
    )
    assert goes_against("India only, her parents live with her.", "location", **role)
    at_home = dict(role, offers=["Six months at our Hyderabad office in year one"])
    assert suits("India only, her parents live with her.", "location", **at_home)


def test_a_fixed_pay_floor_against_the_fixed_part_of_a_ctc_band():
    role = dict(
        title="Analyst",
        location="Pune, India",
        offers=["CTC up to 20 LPA: 75% fixed, 25% performance variable"],
        salary_min=1700000,
        salary_max=2000000,
        currency="INR",
    )
    assert goes_against("Wants at least 19 LPA fixed, variable is never paid.", "pay", **role)
    assert suits("Wants 19-20 LPA CTC, variable is fine.", "pay", **role)
