"""A part of a sector, a public employer, a step up in level and split shifts, each against what a
role says of itself: "no fast fashion" goes against a fast-fashion brand but not a luxury house,
"no fashion at all" against both; "NHS for life" suits an NHS trust and "out of the NHS" goes
against it; "wants to run her own kitchen" suits a head chef's job and "happy as a sous" goes
against it; "won't do split shifts" is met by "straight shifts, no splits"."""

import pytest

from tests.fit_helpers import SAID, goes_against, judged, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

FAST = dict(title="Frontend Developer", description="Build the app of a fast-fashion label.")
LUXURY = dict(title="Frontend Developer", description="Own the site of a Parisian luxury house.")
TRUST = dict(title="Staff Nurse", description="Ward nurse on a surgical unit, NHS trust.")
HEAD = dict(title="Head Chef", description="Lead the kitchen and its brigade of six.")
STRAIGHT = dict(title="Head Chef", description="Straight shifts, four on and three off; no splits.")
SPLITS = dict(title="Chef de Partie", description="Split shifts, five days a week.")


@pytest.mark.parametrize(
    "note",
    ["Done with fast fashion.", "Not another fast-fashion brand, please.", "no fast fashion"],
)
def test_fast_fashion_refused_goes_against_fast_fashion_only(note):
    assert goes_against(note, "industry", **FAST)
    assert "unmet" not in judged(note, **LUXURY)


@pytest.mark.parametrize(
    "note", ["No fashion brands at all.", "Won't work in the fashion industry."]
)
def test_fashion_refused_goes_against_every_fashion_house(note):
    assert goes_against(note, "industry", **FAST)
    assert goes_against(note, "industry", **LUXURY)


@pytest.mark.parametrize(
    "note", ["Loves fashion, would be a dream job.", "Keen on fashion brands, knows the world."]
)
def test_fashion_wanted_suits_a_fashion_label(note):
    assert suits(note, "industry", **FAST)


@pytest.mark.parametrize(
    "note",
    ["Wants to stay in the NHS for the pension.", "NHS only.", "Keen on NHS roles, loyal to it."],
)
def test_the_nhs_wanted_suits_an_nhs_trust(note):
    assert suits(note, "company", **TRUST)


@pytest.mark.parametrize(
    "note", ["Done with the NHS, private only.", "Wants out of the NHS.", "No more NHS jobs."]
)
def test_the_nhs_left_goes_against_an_nhs_trust(note):
    assert goes_against(note, "company", **TRUST)


@pytest.mark.parametrize(
    "note",
    [
        "Ready to run his own kitchen.",
        "Wants a kitchen of her own now.",
        "Looking for head chef roles.",
    ],
)
def test_a_step_up_to_run_the_kitchen_suits_a_head_chefs_job(note):
    assert suits(note, "management", **HEAD)


@pytest.mark.parametrize(
    "note",
    [
        "Content as a sous chef.",
        "Wants to stay a sous, likes cooking more than paperwork.",
        "Doesn't want head chef responsibilities.",
    ],
)
def test_staying_the_number_two_goes_against_a_head_chefs_job(note):
    assert goes_against(note, "management", **HEAD)


@pytest.mark.parametrize(
    "note", ["Won't do split shifts again.", "No split shifts - childcare.", "hates split shifts"]
)
def test_split_shifts_refused_are_met_by_straight_shifts(note):
    assert suits(note, "schedule", **STRAIGHT)
    assert goes_against(note, "schedule", **SPLITS)


def test_a_chef_who_was_head_chef_wants_nothing_of_it():
    assert not any(f == "management" for f, *_ in at.found("Was head chef at the Ivy for 3 years."))
