"""Terms put up with are not wished for: "at a push", "if she had to", "reluctantly", "as a last
resort", "if pushed", "at a pinch", "if need be".

A role with nights should lift the person who likes nights, not the one who would do them at a
push. The twins keep their reading: a term said plainly next to the reluctant one, a bound said
reluctantly (office days, a commute, pay), and a refusal.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fit_helpers import judged, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 1))

NIGHTS = dict(
    title="Night Warehouse Lead (10pm-6am)",
    remote_policy="onsite",
    location="Doncaster, UK",
    offers=["Night shifts, four on four off"],
)


@pytest.mark.parametrize(
    "note",
    [
        "would do nights at a push",
        "nights only if he really had to",
        "reluctantly ok with nights for now",
        "could cover nights if pushed, not keen",
        "nights as a last resort",
        "will do night shifts at a pinch",
    ],
)
def test_nights_put_up_with_are_no_wish_a_night_role_meets(note):
    assert not any(k[0] == "schedule" and k[1] == "wish" for k in AT.found(note)), note
    assert "schedule" not in judged(note, **NIGHTS).get("met", set())


@pytest.mark.parametrize("note", ["loves nights", "fine with nights", "happy on nights"])
def test_nights_said_plainly_still_meet_a_night_role(note):
    assert suits(note, "schedule", **NIGHTS)


def test_only_the_reluctant_part_of_a_sentence_is_dropped():
    found = AT.found("happy with nights, weekends at a push")
    assert ("schedule", "wish", "nights") in found
    assert not any(k[:2] == ("schedule", "wish") and k[2] == "weekends" for k in found)


@pytest.mark.parametrize(
    "note",
    [
        "would relocate if she absolutely had to",
        "contract roles as a last resort",
        "could go fully on site if need be",
        "English-only teams at a push",
    ],
)
def test_other_terms_put_up_with_are_not_wished(note):
    assert not {k for k in AT.found(note) if k[1] in ("wish", "must")}, note


def test_a_bound_said_reluctantly_still_bounds():
    days = [k for k in AT.found("could do 3 days in the office if need be") if k[0] == "work_mode"]
    assert days and all(k[1] == "wish" for k in days)
    assert AT.first_pay("would take 80k at a push")["amount"] == 80000


def test_a_refusal_next_to_reluctance_stays_a_refusal():
    assert ("schedule", "avoid", "nights") in AT.found("no nights, weekends at a push")
