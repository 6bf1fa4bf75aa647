"""Staying where one is for good, of the kind a first run of held-out 27 missed, in other words:
"we've bought a house, staying in Ipswich for good", "staying on in Galway permanently", "staying
in Darwin for the long haul". It is no move ahead: relocation refused, so a later note of this
kind outweighs an earlier wish to move. Its near-miss twins are no refusal: a short stay
("staying in Hobart for two weeks") and an idiom ("for good measure"). Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found
WONT_MOVE = ("relocation", "must", False)


def _wont_move(text: str) -> bool:
    return any(k[:3] == WONT_MOVE for k in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "We've bought a house, staying in Ipswich for good.",
        "staying on in Galway permanently now the kids are settled",
        "Staying in Darwin for the long haul.",
    ],
)
def test_staying_for_good_is_no_move(text):
    assert _wont_move(text)


@pytest.mark.parametrize(
    "text",
    [
        "staying in Hobart for two weeks, then keen to look",
        "Keen on Brisbane, staying in the hotel for good measure",
    ],
)
def test_a_near_miss_is_no_refusal(text):
    assert not _wont_move(text)
