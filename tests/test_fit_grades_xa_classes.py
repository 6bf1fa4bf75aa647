"""Grade steps of public services and UN agencies, of the kind several held-out first runs
missed: a grade wanted as a step up ("going for a D1", "AfC 8b or above only", "looking at GS-14
posts"), one refused ("an APS5 is off the table", "won't go back to EO"), against the grade a role
is posted at in its title, offers or description ("Chief of Section (D-1)", "Band 8a"), compared
only within one scheme. Twins left alone: a grade named as history ("spent four years as a P2"), a
role of another scheme or of none, priority words that look like grades ("P2 incidents"). Sentences
are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (
            "Going for a D1 next.",
            dict(title="Senior Adviser (P-5)"),
            dict(title="Chief of Section (D-1)"),
        ),
        (
            "AfC 8b or above only",
            dict(title="Service Lead", offers=["Band 8a, full-time"]),
            dict(title="Head of Service", offers=["Band 8c"]),
        ),
        (
            "she's looking at GS-14 posts now",
            dict(title="Program Analyst, GS-13"),
            dict(title="Supervisory Program Analyst", description="A GS-14 position in Denver."),
        ),
        ("ready for an EL2", dict(title="Assistant Director (EL1)"), dict(title="Director (EL2)")),
        (
            "hoping to step up to SEO",
            dict(title="Case Officer (HEO)"),
            dict(title="Senior Case Officer (SEO)"),
        ),
        (
            "wants an IT-04 next",
            dict(title="Developer (IT-03)"),
            dict(title="Senior Developer (IT-04)"),
        ),
    ],
)
def test_a_grade_wanted_is_missed_below_it_and_met_at_it(text, low, high):
    assert goes_against(text, "seniority", **low)
    assert suits(text, "seniority", **high)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("an APS5 is off the table for him", dict(title="Policy Officer (APS5)")),
        ("Won't go back to EO in the civil service.", dict(title="Executive Officer (EO)")),
        ("turned down a G-4, would not do it again", dict(title="Programme Assistant (G-4)")),
    ],
)
def test_a_grade_refused_goes_against_a_role_at_it(text, role):
    assert goes_against(text, "seniority", **role)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Spent four years as a P2 in Amman; going for a P4 now.", "p4"),
        ("was on Band 5 back in 2019, aiming for band 7 posts", "band 7"),
        ("P2 incidents most weeks in that job; ready for a P3 post", "p3"),
    ],
)
def test_a_grade_as_history_or_a_priority_is_no_condition(text, wanted):
    assert {f for f in found(text) if f[0] == "seniority"} == {("seniority", "wish", wanted)}


def test_another_scheme_or_none_answers_nothing():
    for role in (dict(title="Senior Adviser (GS-13)"), dict(title="Senior Adviser")):
        got = judged("Going for a D1 next.", **role)
        assert "seniority" not in got.get("unmet", set()) | got.get("met", set())
    assert suits("Going for a D1 next.", "seniority", title="Chief of Section (D1)")
