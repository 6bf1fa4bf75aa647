"""A union workplace against a non-union one, as a wish or a refusal (round xf).

Class: a person's "after a unionised site", "CBA jobs only", "won't work non-union again",
"would rather a non-union employer", "never back to a union shop" is read as the kind of
workplace they want or refuse (``company``: ``union`` / ``non_union``); a role's "unionised",
"covered by the collective agreement", "Local 41 represented warehouse", "EBA site" or "non-union
site", "union-free" says which it is; the fit sets one against the other.

Twins left alone: the union as someone's history ("was a shop steward at his last yard", "union
member since his apprenticeship") wants nothing, and a role that says nothing of a union neither
meets nor misses a union wish. Sentences are our own.
"""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, judged, suits

UNION_ROLE = "Pick and pack in our Local 41 represented warehouse; rates per the union scale."
CBA_ROLE = "Day shifts on a unionised site covered by the collective agreement."
OPEN_ROLE = "Non-union site, pay reviewed on merit each spring."
FREE_ROLE = "We are a union-free employer with profit share."
SILENT_ROLE = "Day shifts, forklift ticket needed, canteen on site."

WANTS_UNION = [
    "Only after a unionised site now - the pension and the grievance process matter to him.",
    "she'll do CBA jobs only after what happened at the last place",
    "Won't work non-union again, got burnt on overtime.",
]
WANTS_NON_UNION = [
    "Would rather a non-union employer - pay on merit, not time served.",
    "He's never going back to a union shop, hated paying the dues.",
]
HISTORY = [
    "Was a shop steward at his last yard; happy on days or lates.",
    "Union member since his apprenticeship, wants to stay local.",
]


@pytest.mark.parametrize("note", WANTS_UNION)
def test_a_union_wish_is_met_by_a_union_role_and_missed_by_a_non_union_one(note):
    assert suits(note, "company", description=UNION_ROLE)
    assert suits(note, "company", description=CBA_ROLE)
    assert goes_against(note, "company", description=OPEN_ROLE)
    assert goes_against(note, "company", description=FREE_ROLE)


@pytest.mark.parametrize("note", WANTS_NON_UNION)
def test_a_non_union_wish_is_met_by_a_non_union_role_and_missed_by_a_union_one(note):
    assert suits(note, "company", description=OPEN_ROLE)
    assert goes_against(note, "company", description=UNION_ROLE)
    assert goes_against(note, "company", description=CBA_ROLE)


@pytest.mark.parametrize("note", [*WANTS_UNION, *WANTS_NON_UNION])
def test_a_role_silent_on_unions_neither_meets_nor_misses_it(note):
    got = judged(note, description=SILENT_ROLE)
    assert "company" not in got.get("met", set()) | got.get("unmet", set())


@pytest.mark.parametrize("note", HISTORY)
def test_a_union_in_someones_history_wants_nothing(note):
    got = judged(note, description=OPEN_ROLE)
    assert "company" not in got.get("unmet", set()) | got.get("met", set())


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        (UNION_ROLE, "union"),
        (CBA_ROLE, "union"),
        ("Crane work on an EBA site in the CBD.", "union"),
        (OPEN_ROLE, "non_union"),
        (FREE_ROLE, "non_union"),
        ("Tower crane on a non-EBA job, above-award rates.", "non_union"),
        (SILENT_ROLE, None),
    ],
)
def test_a_role_says_whether_its_workplace_is_unionised(description, kind):
    company = role_facts(title="Operator", description=description).company
    assert (company & {"union", "non_union"}) == ({kind} if kind else set())


def test_a_union_role_does_not_answer_a_wish_about_size():
    got = judged("only small companies from now on", description=CBA_ROLE)
    assert "company" not in got.get("unmet", set())
