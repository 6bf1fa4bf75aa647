"""A perk the offer lacked, of the kind a first run of held-out 27 missed, in other words: "turned
it down - no company car, and the patch is two counties", "kein Dienstwagen, das ging nicht", "no
work van provided". A bare "no" before a perk tells what the offer did not give (the person
wants it), not a refusal of it: no topic is read. Its near-miss twin, a perk refused as such ("no
more company vans, wants the allowance instead"), is still a refusal. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found


def _topics(text: str, polarity: str) -> set[tuple]:
    return {k for k in found(text) if k[:2] == ("topic", polarity)}


@pytest.mark.parametrize(
    "text",
    [
        "Turned it down - no company car, and the patch is two counties.",
        "Abgesagt, kein Dienstwagen, das ging bei dem Gebiet nicht.",
        "declined, no work van provided and the route covers the whole region",
    ],
)
def test_a_perk_the_offer_lacked_is_no_refusal(text):
    assert not _topics(text, "avoid")


def test_a_perk_refused_as_such_is_still_refused():
    assert _topics("no more company vans, wants the allowance instead", "avoid")
