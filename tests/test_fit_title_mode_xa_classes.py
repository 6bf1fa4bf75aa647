"""A role's way of working said only in its title, the kind several held-out first runs missed, in
other words: "Payroll Officer (WFH)", "Claims Adviser - home-working role", "Homeworker - Inbound
Sales" are remote roles, so a person's "remote only" is met; a person who wants the office's
company ("craves the office banter", "misses the office", "wants to be on campus again") goes
against a remote title; "needs a home-working role" is a remote ask the title meets. Twins:
"Remote Area Nurse" (a remote place, not remote work), "Homework Support Tutor", "lives on
campus", "the office culture was toxic", "home working gets lonely" say nothing of the way of
working. Sentences and titles are our own."""

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits

_DESC = "Join a small, friendly team."


@pytest.mark.parametrize(
    "title",
    [
        "Payroll Officer (WFH)",
        "Claims Adviser - home-working role",
        "Homeworker - Inbound Sales",
        "Bid Writer (Homeworking)",
    ],
)
def test_a_remote_title_is_a_remote_role(title):
    assert role_facts(title=title, description=_DESC).work_mode == "remote"
    assert suits("fully remote or nothing", "work_mode", title=title, description=_DESC)


@pytest.mark.parametrize(
    "title",
    [
        "Remote Area Nurse",
        "Remote Area Paramedic",
        "Homework Support Tutor",
        "Remote Communities Liaison",
    ],
)
def test_a_remote_place_or_homework_is_no_remote_role(title):
    assert role_facts(title=title, description=_DESC).work_mode is None


@pytest.mark.parametrize(
    "note",
    [
        "craves the office banter after three years at the kitchen table",
        "misses the office, wants people around",
        "he wants to be on campus again with the lab team",
        "really misses the buzz of an office",
    ],
)
def test_wanting_the_office_goes_against_a_remote_title(note):
    assert goes_against(note, "work_mode", title="Remote Bid Writer", description=_DESC)


@pytest.mark.parametrize(
    "note",
    [
        "lives on campus this year, finishing her masters",
        "the office culture at the agency was toxic",
    ],
)
def test_no_way_of_working_in_these(note):
    assert not [c for c in read(note) if c.facet == "work_mode"]


@pytest.mark.parametrize(
    "note",
    ["after the knee op she needs a home-working desk role", "only homeworking from here on"],
)
def test_a_home_working_ask_is_met_by_a_remote_title(note):
    assert suits(note, "work_mode", title="Triage Adviser (home-based)", description=_DESC)


def test_home_working_found_lonely_is_no_ask_for_it():
    assert ("work_mode", "wish", "remote") not in {
        c.key() for c in read("home working gets lonely")
    }
