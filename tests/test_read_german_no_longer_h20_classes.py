"""A German "no longer" of the kind a first run of held-out 20 missed, in other words: "ich
möchte nicht mehr reisen", "kann nicht mehr reisen" read as travel refused. Its near-miss twins
("nichts gegen Reisen", "möchte nicht mehr als 30 % reisen", a cap, not a refusal) are not a
refusal. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found
TRAVEL_AVOID = ("travel", "avoid")


def _travel_avoided(text: str) -> bool:
    return any(k[:2] == TRAVEL_AVOID for k in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sie möchte nicht mehr reisen, lieber im Labor.",
        "Er will nicht mehr reisen, vier Nächte die Woche im Hotel reichen.",
        "Ich kann einfach nicht mehr reisen.",
    ],
)
def test_travel_no_longer_wanted_is_refused(text):
    assert _travel_avoided(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gegen Reisen habe ich nichts, Kunden in ganz Bayern sind ok.",
        "Ich möchte nicht mehr als 30 % reisen.",
    ],
)
def test_a_near_miss_is_no_refusal(text):
    assert not _travel_avoided(text)
