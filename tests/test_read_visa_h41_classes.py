"""Visas of the kinds a first run of held-out 41 missed, in other words: a permit held now with
its end years away ("a residency permit valid until 2029", "a current residency permit", "allowed
to work without restrictions"), in English and Portuguese, is the right to work; a Portuguese
visa still to be applied for ("vou pedir o visto") is one needed. Their near-miss twins (a permit
that expired, a visa someone else applies for) are not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 1))
found = _AT.found
HAS = ("visa", "wish", "has_right_to_work")
NEEDS = ("visa", "must", "needs_sponsorship")


def _visas(text: str) -> set[tuple]:
    return {k[:3] for k in found(text) if k[0] == "visa"}


@pytest.mark.parametrize(
    "text",
    [
        "Her residency permit is valid until 2029.",
        "Has a current residency permit in Spain.",
        "He's allowed to work without restrictions here.",
        "Tenho autorização de residência válida até 2030.",
        "Vivo em Braga; posso trabalhar sem restrições.",
    ],
)
def test_a_permit_held_now_is_the_right_to_work(text):
    assert HAS in _visas(text)


def test_a_visa_still_to_be_applied_for_is_needed():
    assert NEEDS in _visas("Vou pedir o visto de trabalho em março.")


@pytest.mark.parametrize(
    "text", ["His work permit expired in 2024.", "A irmã dela vai pedir o visto."]
)
def test_a_near_miss_is_not_read_so(text):
    assert HAS not in _visas(text) and NEEDS not in _visas(text)
