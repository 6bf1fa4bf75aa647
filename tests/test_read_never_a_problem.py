"""A problem denied is a yes: "never had a problem with five days in the office" accepts the
office, "has never had an issue with nights" accepts nights, while "never again five days in an
office" and "had a real problem with nights" still refuse them; "never needs sponsorship" is
the right to work."""

from datetime import date

import pytest

from reading import read

SAID = date(2026, 6, 1)


def _polarity(text: str, facet: str) -> set[str]:
    return {c.polarity for c in read(text, said_at=SAID) if c.facet == facet}


@pytest.mark.parametrize(
    ("text", "facet"),
    [
        ("never had a problem with five days in the office", "work_mode"),
        ("She has never had an issue with nights.", "schedule"),
        ("never had any issues with on-call tbh", "schedule"),
    ],
)
def test_a_problem_never_had_accepts(text, facet):
    assert "avoid" not in _polarity(text, facet)
    assert "wish" in _polarity(text, facet)


@pytest.mark.parametrize(
    ("text", "facet"),
    [
        ("never again five days in an office", "work_mode"),
        ("had a real problem with nights", "schedule"),
    ],
)
def test_a_problem_had_still_refuses(text, facet):
    assert "avoid" in _polarity(text, facet)


@pytest.mark.parametrize(
    "text",
    [
        "Green card holder, never needs sponsorship.",
        "never required sponsorship",
        "she no longer requires a visa",
    ],
)
def test_a_need_for_sponsorship_denied_is_the_right_to_work(text):
    kinds = {c.value.get("kind") for c in read(text, said_at=SAID) if c.facet == "visa"}
    assert kinds == {"has_right_to_work"}


def test_a_need_for_sponsorship_said_is_still_read():
    kinds = {c.value.get("kind") for c in read("will need H-1B sponsorship", said_at=SAID)}
    assert "needs_sponsorship" in kinds
