"""Readings and fits of the kinds a first run of held-out 35 missed, in other words:

- a role placed as "<town> <STATE>" (Australian job-board style) is that town: "won't go to
  Hobart" meets "Hobart TAS" (not: another town of that state);
- the site a role's work is at names its industry: "at an underground coal mine" is coal (not:
  "coal mine experience a plus", asked of the person);
- "move off X" leaves X, and a segment that opens its own predicate after "and" ("and build in
  Rust", "and into Workday") takes no refusal from before it (twin: "off Java and Kotlin" is a
  list, both left);
- "doesn't want to go near X" refuses X;
- mine planning and actuarial software are technologies (Vulcan, Whittle, Prophet);
- Australia's PAYG, ABN and Pty Ltd are the payroll, sole-trader and own-company forms: "no ABN,
  payroll only" goes against a role paid on an ABN, "happy on an ABN" suits it.
Sentences are our own."""

from datetime import date

from reading.places import city_key
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 10, 1)).found

HOBART = dict(title="Site Engineer", location="Brisbane QLD, Australia", remote_policy="onsite")


def test_a_town_with_its_state_is_the_town():
    assert city_key("Hobart TAS") == "hobart"
    assert city_key("Townsville QLD, Australia") == "townsville"
    assert city_key("Launceston TAS") != "hobart"


def test_a_refused_town_goes_against_a_role_there_with_its_state():
    assert goes_against("Rules out Brisbane - the kids are settled here.", "location", **HOBART)
    assert suits("Would happily move to Brisbane for the right job.", "location", **HOBART)


def test_the_site_of_the_work_names_the_industry():
    role = role_facts(
        title="Shift Supervisor", description="Run night crews at an underground coal mine."
    )
    assert "oil and gas" in role.industries
    asked = role_facts(title="Shift Supervisor", description="Experience at a coal mine a plus.")
    assert "oil and gas" not in asked.industries
    assert goes_against(
        "Done with coal for good.",
        "industry",
        title="Shift Supervisor",
        description="Run night crews at an underground coal mine.",
    )


def test_moving_off_one_tool_and_working_in_another():
    got = found("Wants to move off MATLAB and build in Rust.")
    assert ("technology", "wish", "rust") in got
    assert ("technology", "avoid", "rust") not in got
    assert ("technology", "avoid", "matlab") in got


def test_a_list_after_off_is_still_left():
    got = found("Keen to get off Java and Kotlin.")
    assert ("technology", "avoid", "kotlin") in got


def test_not_going_near_something_refuses_it():
    assert goes_against(
        "Doesn't want to go near the payroll side of HR.",
        "topic",
        title="HR Advisor",
        offers=["Own the payroll migration"],
    )


def test_mine_and_actuarial_software_are_technologies():
    assert ("technology", "avoid", "vulcan") in found("Never again Maptek Vulcan, too clunky.")
    assert ("technology", "wish", "whittle") in found("Keen to do pit optimisation in Whittle.")
    assert ("technology", "avoid", "prophet") in found("Wants to move off Prophet.")


ABN_ROLE = dict(title="Estimator (contract)", offers=["$950 a day on an ABN, 6-month contract"])


def test_payroll_only_goes_against_an_abn_role():
    assert goes_against("No ABN for her - payroll PAYG only.", "contract", **ABN_ROLE)


def test_an_abn_suits_an_abn_role():
    assert suits("Happy to invoice on his ABN.", "contract", **ABN_ROLE)


def test_a_place_too_dear_is_refused():
    assert ("location", "avoid", "london") in found(
        "Staying put in Leeds - London is far too pricey."
    )
    assert ("location", "avoid", "zurich") not in found("Zurich isn't too costly for us, keen.")


def test_where_a_move_starts_is_no_wish():
    got = found("Hoping to move from Leeds to Manchester next spring.")
    assert ("location", "wish", "manchester") in got
    assert ("location", "wish", "leeds") not in got
