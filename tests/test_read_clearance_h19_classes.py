"""Clearances of the kind a first run of held-out 19 missed, in other words: the UK's DV, SC and
CTC named bare, without "cleared" or "clearance", where only a clearance can be meant - after
"holds", "active", "current" or "go through" ("holds current SC", "won't go through DV
again"). The twin: "DV" on its own is also domestic violence ("a DV caseworker", "worked in DV
services") and stays unread. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Holds current SC, renewed last spring.", ("clearance", "wish", "sc")),
        ("Active DV through the MoD, in date.", ("clearance", "wish", "dv")),
        ("He won't go through DV again - too intrusive.", ("clearance", "avoid", "dv")),
        ("would not undergo DV a second time", ("clearance", "avoid", "dv")),
    ],
)
def test_a_bare_uk_level_is_read(text, held):
    assert held in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ten years as a DV caseworker for the council.",
        "Worked in DV services and refuges.",
        "DV training done in March.",
    ],
)
def test_domestic_violence_is_no_clearance(text):
    assert not any(k[0] == "clearance" for k in found(text))
