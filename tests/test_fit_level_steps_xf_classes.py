"""Level steps said in trade and office shorthand (round xf).

Classes:
- a rank gone back to, down to or taken again, said bare: "never going back to deputy", "won't do
  trainee again", "assistant again would suit her", "keen to drop back to technician level", "came
  in as assistant last time, would again" is a title refused or wished, set against the role's
  title;
- a short level title where a step is talked of: "no step backwards now he's made FC", "after
  making GM she won't go back down" is the level held, a floor; "would step down from FC to an
  accountant seat" is no floor at all;
- the level a role's title names counts where its seniority field says less ("Senior Accountant"
  filed as mid meets "wants a senior seat");
- hands-on again in other trades' words: "back on the line" (a chef), "back in the chair" (a
  stylist), "back on the wards" (a nurse), against a role that manages people.

Twins left alone: "went back to college", "back on the market", "back in the office three days",
"her FC is mad busy before Christmas" (a fulfilment centre), "plays for a Sunday league FC".
Sentences are our own.
"""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged, suits
from tests.reading_helpers import ReadAt

ASSISTANT = dict(title="Assistant Store Manager", seniority="mid")
STORE = dict(title="Store Manager", seniority="manager")
TECH = dict(title="Maintenance Technician", seniority="mid")
ACCOUNTANT = dict(title="Senior Accountant", seniority="mid")


@pytest.mark.parametrize(
    "note",
    [
        "Ran her own store for three years - never going back to assistant.",
        "won't do assistant again, full manager or nothing",
        "He'd hate being an assistant again after running the Leeds shop.",
    ],
)
def test_a_rank_refused_goes_against_a_role_of_that_rank(note):
    assert goes_against(note, "title", **ASSISTANT)
    assert "title" not in judged(note, **STORE).get("unmet", set())


@pytest.mark.parametrize(
    "note",
    [
        "assistant again would suit her while the kids are small",
        "happy to come back in as assistant to learn the bigger format",
    ],
)
def test_a_rank_wished_again_suits_a_role_of_that_rank(note):
    assert suits(note, "title", **ASSISTANT)


def test_a_step_back_to_a_rank_suits_that_rank_and_refusing_it_does_not():
    wished = "Supervising burnt him out - keen to drop back to technician level."
    refused = "Supervisor for years now; won't go back to technician money or title."
    assert suits(wished, "title", **TECH)
    assert goes_against(refused, "title", **TECH)


@pytest.mark.parametrize(
    "note",
    [
        "No step backwards in title now he's made FC.",
        "won't take a step back after making GM last year",
    ],
)
def test_a_short_level_title_held_is_a_floor(note):
    assert goes_against(note, "seniority", **ACCOUNTANT)


def test_stepping_down_from_a_short_title_on_purpose_is_no_floor():
    note = "Would happily step down from FC to a senior accountant seat for shorter days."
    got = judged(note, **ACCOUNTANT)
    assert "seniority" not in got.get("unmet", set())


def test_a_role_title_names_its_level_where_its_field_says_less():
    assert suits("only senior roles from here", "seniority", **ACCOUNTANT)


@pytest.mark.parametrize(
    "note",
    [
        "Head chef now, wants to get back on the line and off the rota spreadsheets.",
        "done running the salon floor - wants to be back in the chair with her own clients",
        "ward sister who'd like to go back on the wards, not the meetings",
    ],
)
def test_hands_on_again_in_other_trades_goes_against_a_role_managing_people(note):
    role = dict(title="Kitchen Manager", description="Manage a team of fourteen across two sites.")
    assert goes_against(note, "management", **role)


_AT = ReadAt(date(2026, 11, 20))


@pytest.mark.parametrize(
    "note",
    [
        "went back to college for a year, now keen on days",
        "back on the market since the sale of the business",
        "her FC is mad busy before Christmas, call in January",
        "plays for a Sunday league FC, can't do Sunday shifts",
    ],
)
def test_twins_name_no_rank_and_no_hands_on(note):
    found = _AT.found(note)
    assert not any(f[0] in ("title", "seniority", "management") for f in found)


def test_a_lower_rank_title_taken_to_get_in_suits_it_and_a_floor_said_as_level_or_up_does_not():
    role = dict(title="Events Coordinator", seniority="junior")
    assert suits("she'd take a coordinator title to get into festivals", "title", **role)
    assert goes_against(
        "no backwards moves: supervisor pay, manager level or up", "seniority", **role
    )


def test_a_manager_named_as_someone_else_is_no_floor():
    assert not any(
        f[0] == "seniority" for f in _AT.found("her line manager or upper management signs off")
    )
