"""German travel refusals of the kinds a first run of held-out 43 missed, in other words: nights
away refused ("keine Übernachtungen"), flying refused with the object first ("Fliegen will sie
nie wieder", "fliegen tu ich privat wie beruflich nicht mehr"), and a flat no after the object
("Dienstreisen grundsätzlich nein").

Their near-miss twins stay unread as refusals: nights away accepted ("Übernachtungen sind kein
Problem"), a cap on flying ("nicht mehr als zweimal im Jahr"). Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 27))
found = _AT.found


def _travel_avoided(text: str) -> set:
    return {f[2:] for f in found(text) if f[0] == "travel" and f[1] == "avoid"}


@pytest.mark.parametrize(
    "text",
    [
        "Dienstreisen in Bayern gern, aber keine Übernachtungen – die Kinder sind noch klein.",
        "Fliegen will sie nie wieder.",
        "fliegen tu ich privat wie beruflich nicht mehr",
        "Dienstreisen grundsätzlich nein, er pflegt seine Mutter.",
    ],
)
def test_a_german_travel_refusal_is_read(text):
    assert _travel_avoided(text)


@pytest.mark.parametrize(
    "text",
    [
        "Übernachtungen sind kein Problem, gern auch mal eine Woche.",
        "fliegen tu ich nicht mehr als zweimal im Jahr",
    ],
)
def test_a_near_miss_is_no_travel_refusal(text):
    assert not _travel_avoided(text)
