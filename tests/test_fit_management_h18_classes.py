"""Managing against hands-on, in a tradesperson's words, of the kinds a first run of held-out 18
missed: supervising (wanted, "wouldn't say no to", or refused "again"), a chargehand, foreman or
supervisor's job, running a squad, crew or gang; "on the tools" kept, and happy as an assistant
site manager (ASM). A role whose title runs a site or a crew (Site Manager, Chargehand, General
Foreman, Supervisor) is one that manages, whatever its seniority field says. The near-miss twins
(someone's supervisor named, years on the tools as background, an Assistant Site Manager's title,
a description that reports to the site manager) are not. Sentences are our own."""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 10, 1)).found
MANAGE_WISH = ("management", "wish", "manage")
MANAGE_AVOID = ("management", "avoid", "manage")
HANDS_ON = ("management", "wish", "hands_on")


def _management(text: str) -> set[tuple]:
    return {k[:3] for k in found(text) if k[0] == "management"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("keen to start supervising, has the SSSTS now", MANAGE_WISH),
        ("would jump at a foreman's role on the next job", MANAGE_WISH),
        ("wants a leading hand position, ready to run a crew", MANAGE_WISH),
        ("never supervising again, it nearly broke him", MANAGE_AVOID),
        ("won't run a gang again - more grief than it's worth", MANAGE_AVOID),
        ("wants to stay on the tools, no clipboard", HANDS_ON),
        ("she's content as ASM for now", HANDS_ON),
    ],
)
def test_a_tradespersons_management_is_read(text, expected):
    assert expected in _management(text)


@pytest.mark.parametrize(
    "text",
    [
        "his supervisor rang to say he was solid",
        "twelve years on the tools, JIB gold card",
        "the foreman said he was first in every morning",
    ],
)
def test_a_near_miss_is_no_management_condition(text):
    assert not _management(text)


@pytest.mark.parametrize(
    "title",
    ["Site Manager", "Mechanical Chargehand", "General Foreman", "Shift Supervisor"],
)
def test_a_title_that_runs_a_site_or_crew_manages(title):
    assert role_facts(title=title, seniority="senior").manages is True


@pytest.mark.parametrize(
    "title, description",
    [
        ("Assistant Site Manager", "Support the site team on a school build."),
        ("Approved Electrician", "Second fix on a hospital, reporting to the site manager."),
    ],
)
def test_a_title_that_does_not_run_one_is_left_alone(title, description):
    assert role_facts(title=title, description=description, seniority="mid").manages is not True


def test_a_supervisor_role_suits_the_wish_and_goes_against_the_refusal():
    role = dict(title="Electrical Chargehand", seniority="mid", description="Site-based.")
    assert suits("would like to run a squad of sparks", "management", **role)
    assert goes_against("not supervising again, too much stress", "management", **role)
