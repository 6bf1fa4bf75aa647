"""A place named as who issued a licence or a registration is not where the person wants to be:
"Ohio license in hand" says nothing of Ohio as a place to work, "Ohio only" does."""

from datetime import date

import pytest

from reading import read

SAID = date(2026, 9, 1)


def _places(text: str) -> set[str]:
    return {c.value.get("place") for c in read(text, said_at=SAID) if c.facet == "location"}


@pytest.mark.parametrize(
    "text",
    [
        "Open to anything - Ohio license already in hand.",
        "needs TN support only - Illinois licence issued last year",
        "has a Minnesota-only license for now",
        "Wisconsin registration pending, happy anywhere",
    ],
)
def test_a_state_that_issued_a_licence_is_no_place_asked_for(text):
    assert not _places(text)


def test_the_same_state_asked_for_is_still_a_place():
    assert _places("Ohio only, licensed there") == {"Ohio"}
