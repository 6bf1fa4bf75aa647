"""Security clearances: a person who holds the one a role needs (an NV1 "good till 2029", an
"active Secret", "SC cleared") suits it; one whose clearance lapsed, was refused, who will not
be vetted again or who has none goes against it; someone else's clearance ("his wife is DV
cleared") is not theirs; a role that names no clearance answers nothing, and the reasons say
what Encore read in plain words."""

import pytest

from matching.role_words import role_phrase
from matching.wording import condition_phrase
from reading.conditions import Condition
from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, judged, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

NV1_ROLE = dict(
    title="Intelligence Analyst",
    remote_policy="onsite",
    location="Canberra, ACT, Australia",
    requirements="Analysis\nMust hold a Negative Vetting 1 security clearance",
)
SC_ROLE = dict(
    title="Network Engineer",
    remote_policy="onsite",
    location="Bristol, UK",
    description="Support MOD networks; SC clearance needed from day one.",
)
PLAIN_ROLE = dict(title="Analyst", remote_policy="onsite", location="Canberra, ACT, Australia")


@pytest.mark.parametrize(
    "note",
    [
        "She holds an NV2, renewed in March",
        "current NV1 - valid to 2028",
        "has an active Negative Vetting 1",
    ],
)
def test_a_clearance_held_at_or_above_the_roles_suits_it(note):
    assert suits(note, "clearance", **NV1_ROLE)


@pytest.mark.parametrize(
    "note",
    [
        "his NV1 expired last year",
        "Baseline only, NV1 was refused in 2023",
        "not willing to go through the vetting process again",
        "no clearance, never been vetted",
    ],
)
def test_a_clearance_lapsed_refused_or_never_held_goes_against_the_role(note):
    assert goes_against(note, "clearance", **NV1_ROLE)


def test_a_lower_clearance_held_does_not_meet_a_higher_one():
    assert not suits("Baseline cleared, current", "clearance", **NV1_ROLE)


@pytest.mark.parametrize(
    "note",
    [
        "her husband is DV cleared, she isn't vetted herself but keen",
        "his dad held an NV1 at Defence for years",
    ],
)
def test_someone_elses_clearance_is_not_theirs(note):
    assert ("clearance", "wish", "dv") not in at.found(note)
    assert ("clearance", "avoid", "nv1") not in at.found(note)


def test_a_role_naming_no_clearance_answers_nothing():
    got = judged("NV1 lapsed in 2021", **PLAIN_ROLE)
    assert "clearance" not in got.get("unmet", set()) | got.get("met", set())


def test_the_roles_clearance_is_read_from_its_text():
    assert role_facts(**NV1_ROLE).clearance == "nv1"
    assert role_facts(**SC_ROLE).clearance == "sc"
    assert role_facts(**PLAIN_ROLE).clearance is None


@pytest.mark.parametrize(
    "note", ["it's no secret he wants more money", "clearance sale at the shop took her Saturday"]
)
def test_ordinary_words_are_no_clearance(note):
    assert not any(f == "clearance" for f, *_ in at.found(note))


def test_the_reasons_say_what_was_read_in_plain_words():
    held = Condition("clearance", "wish", {"level": "sc"})
    lapsed = Condition("clearance", "avoid", {"level": "nv1"})
    assert condition_phrase(held, person="third") == "holds a current SC clearance"
    assert condition_phrase(lapsed, person="third") == "does not hold an NV1 clearance now"
    assert role_phrase("clearance", role_facts(**SC_ROLE)) == "this role needs an SC clearance"
