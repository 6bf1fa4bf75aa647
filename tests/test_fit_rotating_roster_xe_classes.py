"""Rotating rosters refused and fixed ones wished, of the kind several held-out first runs missed:
"no more rotating rosters", "done with rotating", "off the swing shifts", "wants a fixed line",
"fixed days only", "the same roster every week", "permanent earlies". They refuse a roster that
rotates, not shift work: a fixed day shift or a fixed 5-on-4-off roster suits them, a rotating
4-on-4-off does not.

Twins left alone: a "fixed-term" contract and "fixed pay" name no roster, a rota mentioned with no
wish asks nothing, "permanent earlies" is no permanent contract, a rotating on-call rota is no
rotating shift, and "fixed days off" is no fixed shift. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found

ROTATING_ROLE = {
    "title": "Process Operator",
    "description": "Rotating roster, 4 on 4 off, earlies and lates.",
}
FIXED_ROLE = {"title": "Process Operator", "description": "Fixed day shift, 6am to 2:30pm."}


@pytest.mark.parametrize(
    "note",
    [
        "Not doing rotating rosters again after the refinery.",
        "she's done with rotating, wants something settled",
        "wants a fixed line so he can coach on Saturdays",
        "Fixed days only now - the kids",
        "needs the same roster each week for childcare",
        "would love permanent earlies",
    ],
)
def test_a_rotating_roster_refused_or_a_fixed_one_wished_goes_against_a_rotating_role(note):
    assert goes_against(note, "schedule", **ROTATING_ROLE)


@pytest.mark.parametrize(
    "note",
    [
        "Not doing rotating rosters again after the refinery.",
        "no more swing shifts for him",
        "wants a fixed line so he can coach on Saturdays",
        "needs the same roster each week for childcare",
    ],
)
def test_a_fixed_roster_suits_them(note):
    assert suits(note, "schedule", **FIXED_ROLE)


def test_a_fixed_five_on_four_off_roster_meets_a_fixed_pattern_asked_for():
    assert suits(
        "keen on a fixed pattern so custody weekends can be planned",
        "schedule",
        title="First Officer",
        offers=["Fixed roster: 5 on, 4 off"],
    )


def test_a_weekday_day_shift_with_a_rotating_on_call_rota_is_no_rotating_shift():
    assert suits(
        "done with rotating shifts",
        "schedule",
        title="Maintenance Planner",
        description="Day shift, Mon-Fri. You will join the rotating on-call rota.",
    )


@pytest.mark.parametrize(
    "note",
    [
        "fixed-term contract runs out in the spring",
        "fixed pay suits him better than commission",
        "the rota at the old site was a shambles",
    ],
)
def test_a_fixed_term_fixed_pay_or_a_rota_mentioned_asks_no_roster(note):
    assert "schedule" not in judged(note, **ROTATING_ROLE).get("unmet", set())


def test_permanent_earlies_is_no_permanent_contract():
    assert not {f for f in found("would love permanent earlies") if f[0] == "contract"}


def test_fixed_days_off_is_no_fixed_shift():
    assert not suits(
        "no more swing shifts for him",
        "schedule",
        title="Operator",
        description="Rotating 12-hour shifts with fixed days off.",
    )
