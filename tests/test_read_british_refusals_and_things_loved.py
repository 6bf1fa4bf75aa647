"""A British "shan't" refuses like "won't" ("I shan't leave Bristol" keeps them there); "wants 9-5
and his weekends" keeps the weekends free; a tool named and then loved ("taught herself Qlik and
loves it") is wanted, but not one someone else loves; a role at "a Series A fintech" or "a
seed-stage insurtech" is in that industry. Sentences are our own."""

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against

SAID = date(2026, 10, 1)


def found(text: str) -> set[tuple]:
    return {c.key() for c in read(text, said_at=SAID)}


@pytest.mark.parametrize(
    "text, kept",
    [
        ("I shan't leave Bristol, my parents are here.", ("location", "must", "bristol")),
        ("He shant relocate for anyone.", ("relocation", "must", False)),
        ("She shan't do nights again.", ("schedule", "avoid", "nights")),
    ],
)
def test_shant_refuses_like_wont(text, kept):
    assert kept in found(text)


@pytest.mark.parametrize(
    "text", ["Wants 9-5 and his weekends.", "Left over the hours; wants her weekends and evenings."]
)
def test_wanting_ones_own_weekends_keeps_them_free(text):
    assert ("schedule", "avoid", "weekends") in found(text)
    assert ("schedule", "wish", "weekends") not in found(text)


def test_weekends_offered_are_still_a_wish():
    assert ("schedule", "wish", "weekends") in found("Happy to pick up weekends for the overtime.")


@pytest.mark.parametrize(
    "text, tool",
    [
        ("Taught herself Qlik and loves it.", "qlik"),
        ("Alteryx - learnt it herself and genuinely loves it.", "alteryx"),
    ],
)
def test_a_tool_named_then_loved_is_wanted(text, tool):
    assert ("technology", "wish", tool) in found(text)


def test_a_tool_someone_else_loves_is_not_wanted():
    assert not any(k[0] == "technology" for k in found("Uses Alteryx; the partner loves it."))


@pytest.mark.parametrize(
    "offers, description, industry",
    [
        (("Series A payments fintech, 60 people",), "Own the AML framework.", "fintech"),
        ((), "A seed-stage insurtech in Leeds.", "insurance"),
    ],
)
def test_a_fintech_named_by_its_stage_is_the_roles_industry(offers, description, industry):
    facts = role_facts(title="Compliance Manager", description=description, offers=offers)
    assert industry in facts.industries


def test_never_a_fintech_goes_against_a_series_a_fintech():
    assert goes_against(
        "Never a fintech again.",
        "industry",
        title="Compliance Manager",
        offers=("Series A payments fintech, 60 people",),
    )
