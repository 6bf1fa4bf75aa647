"""Working-week limits, fly-in fly-out rosters and travel kept close to home, read from what a
recruiter types ("M to F only", "wants his weekends back", "done with the swing", "won't fly
anywhere for work") and judged against roles that work weekends, fly their crews in or send
people interstate; each beside the near-miss twin that must not count ("works Mon-Fri at the
moment", "the odd Saturday is fine", "got a 2:1 in physics", "that won't fly with the HM")."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

WEEKEND_HOTEL = dict(
    title="Duty Manager",
    remote_policy="onsite",
    location="Cairns, QLD, Australia",
    description="Run the front office of a resort; the team works a weekend roster, two "
    "Saturdays in three.",
)
FIFO_ROLE = dict(
    title="Maintenance Fitter",
    remote_policy="onsite",
    location="Perth, WA, Australia",
    description="Fixed plant maintenance on a Goldfields gold mine, drive-in drive-out from "
    "Kalgoorlie on a 2:1 roster.",
)
INTERSTATE = dict(
    title="Account Manager",
    remote_policy="onsite",
    location="Adelaide, SA, Australia",
    description="Look after aged care clients across three states, with trips to Darwin and "
    "Alice Springs twice a quarter.",
)


@pytest.mark.parametrize(
    "note",
    [
        "M to F only these days, no exceptions",
        "she'll only do monday-friday now",
        "strictly weekdays - kids' sport",
        "wants his weekends back after 6 years in clubs",
        "weekdays only or nothing",
    ],
)
def test_a_week_kept_to_weekdays_goes_against_a_weekend_roster(note):
    assert ("schedule", "avoid", "weekends") in at.found(note)
    assert goes_against(note, "schedule", **WEEKEND_HOTEL)


@pytest.mark.parametrize(
    "note",
    [
        "works Mon-Fri at the moment in a bank",
        "the odd Saturday is fine by her",
        "weekdays are busy with uni but she's free most weekends",
    ],
)
def test_a_weekday_week_said_in_passing_or_weekends_accepted_do_not_go_against_it(note):
    assert not goes_against(note, "schedule", **WEEKEND_HOTEL)


def test_a_duty_roster_in_the_description_is_the_roles_schedule():
    assert "weekends" in role_facts(**WEEKEND_HOTEL).schedule
    assert "fifo" in role_facts(**FIFO_ROLE).schedule


@pytest.mark.parametrize(
    "note",
    [
        "told his partner no more fly in fly out, town jobs only",
        "Done with DIDO, wants to be home every night with the baby",
        "won't do FIFO again",
        "not going back on a swing",
    ],
)
def test_fifo_refused_goes_against_a_fifo_role(note):
    assert ("schedule", "avoid", "fifo") in at.found(note)
    assert goes_against(note, "schedule", **FIFO_ROLE)


@pytest.mark.parametrize(
    "note",
    [
        "keen on a FIFO gig for the money",
        "keen to go back on a 2:1",
        "open to drive-in drive-out rosters",
    ],
)
def test_fifo_wanted_suits_a_fifo_role(note):
    assert suits(note, "schedule", **FIFO_ROLE)


@pytest.mark.parametrize(
    "note",
    [
        "got a 2:1 in mechanical engineering",
        "FIFO background, four years in the Pilbara",
        "caught up with him on a 1:1 yesterday",
        "the swing voters in the team liked him",
    ],
)
def test_a_degree_a_meeting_or_fifo_in_the_past_ask_nothing(note):
    assert not any(f == "schedule" and k[0] == "fifo" for f, _, *k in at.found(note))


def test_visits_so_many_times_a_period_are_the_roles_travel():
    share = role_facts(**INTERSTATE).travel_share
    assert share is not None and 0 < share <= 0.25


@pytest.mark.parametrize(
    "note",
    [
        "no interstate travel whatsoever",
        "she won't fly anywhere for work",
        "doesn't fly any more, bad experience",
    ],
)
def test_travel_refused_goes_against_a_role_that_flies_people_out(note):
    assert any(f == "travel" and p == "avoid" for f, p, *_ in at.found(note))


def test_an_idiom_with_fly_is_no_refusal_of_travel():
    assert not any(f == "travel" for f, *_ in at.found("that won't fly with the HM, sadly"))


@pytest.mark.parametrize(
    "note,refused",
    [
        ("can't face the N1 every day from Durbanville", True),
        ("not sitting on the Mitchell Freeway daily again", True),
        ("leaves early and beats the N1 traffic, fine driving in every day", False),
        ("happy to drive in daily, beats the traffic", False),
    ],
)
def test_a_road_driven_daily_is_a_commute_refused_unless_said_to_be_fine(note, refused):
    assert any(f == "commute" and p == "avoid" for f, p, *_ in at.found(note)) is refused


@pytest.mark.parametrize(
    "note", ["40 k's each way is his limit", "won't go more than 25k from home"]
)
def test_kilometres_said_as_k_are_no_pay_ask(note):
    assert not at.pays(note)


def test_a_sum_in_millions_before_a_build_is_no_pay_band():
    facts = role_facts(
        title="Site Manager",
        description="Deliver a £12m school refurbishment for a regional contractor.",
    )
    assert facts.pay_max is None


@pytest.mark.parametrize(
    "note",
    [
        "wants to get off the tools and into project management",
        "keen to move over to project management next",
    ],
)
def test_a_move_into_project_management_wants_the_title(note):
    assert ("title", "wish", "project manager") in at.found(note)


def test_having_done_project_management_wants_nothing():
    assert not any(f == "title" for f, *_ in at.found("ran project management for a decade"))


@pytest.mark.parametrize(
    "note",
    [
        "back to full time hours from February",
        "can do full-time again now the kids are at school",
    ],
)
def test_full_time_asked_for_refuses_part_time_hours(note):
    assert ("schedule", "avoid", "part_time") in at.found(note)


def test_a_full_time_job_held_asks_nothing_of_the_hours():
    assert not any(
        f == "schedule" for f, *_ in at.found("worked full-time at the council for years")
    )


PROJECT_MANAGER = dict(
    title="Project Manager",
    remote_policy="onsite",
    location="Brisbane, QLD, Australia",
    description="Run fit-out projects for a commercial builder.",
)


def test_pm_refused_goes_against_a_project_manager_role_too():
    note = "happy on the tools, doesn't want to be a PM"
    assert goes_against(note, "title", **PROJECT_MANAGER)


def test_a_product_manager_refused_in_full_is_not_a_project_manager_refused():
    assert not goes_against("never again a product manager", "title", **PROJECT_MANAGER)


@pytest.mark.parametrize(
    "offers,mode,days",
    [
        (["Work from home"], "remote", None),
        (["Work from home, anywhere in Australia"], "remote", None),
        (["Work from home three days a week"], "hybrid", 2),
        (["Work from home on Fridays", "Hybrid"], "hybrid", None),
    ],
)
def test_offers_saying_work_from_home_are_remote_only_when_said_whole(offers, mode, days):
    facts = role_facts(title="Claims Officer", offers=tuple(offers))
    assert (facts.work_mode, facts.office_days) == (mode, days)


def test_a_work_from_home_allowance_is_no_remote_role():
    assert role_facts(title="Claims Officer", offers=("Work from home allowance",)).work_mode != (
        "remote"
    )


def test_work_from_home_every_day_of_the_week_is_remote():
    offers = ("Work from home five days a week, with a data allowance",)
    assert role_facts(title="Product Manager", offers=offers).work_mode == "remote"
