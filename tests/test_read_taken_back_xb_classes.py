"""A refusal taken back in general form, of the kind several held-out sets missed on a first run:
"night work is no longer a problem", "overnights no longer an issue", "trips are back on the
table", "relocating is back on the cards" read as the thing accepted, so the latest word (the
store's ``data.latest_word.superseded``) switches off the earlier refusal. Their near-miss twins -
the refusal restated ("no longer an option", "still a no"), a take-back about another facet - leave
the earlier refusal standing. Sentences are our own."""

from datetime import date
from types import SimpleNamespace

import pytest

from data.latest_word import superseded
from reading import read
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 5))
found = _AT.found


@pytest.mark.parametrize(
    "text, accepted",
    [
        ("Night work is no longer a problem for him.", ("schedule", "wish", "nights")),
        ("nights no longer an issue - mum lives with them now", ("schedule", "wish", "nights")),
        (
            "On-call's no longer a concern since the move.",
            ("schedule", "wish", "on_call"),
        ),
        ("Weekend shifts are no longer a dealbreaker.", ("schedule", "wish", "weekends")),
    ],
)
def test_a_refusal_taken_back_reads_as_accepted(text, accepted):
    assert accepted in found(text)


def test_travel_back_on_the_table_is_travel_accepted():
    got = {
        c.facet: c.polarity
        for c in read("Trips abroad are back on the table.", said_at=_AT.said_at)
    }
    assert got.get("travel") == "wish"


@pytest.mark.parametrize(
    "text",
    [
        "Nights are no longer an option for her.",
        "night work - still a no from him",
    ],
)
def test_the_refusal_restated_is_not_accepted(text):
    assert ("schedule", "wish", "nights") not in found(text)


def _rows(*notes):
    out = []
    for i, (text, said) in enumerate(notes, 1):
        for c in read(text, said_at=said):
            out.append(
                SimpleNamespace(
                    id=i * 10 + len(out),
                    candidate_id=1,
                    facet=c.facet,
                    polarity=c.polarity,
                    value=c.value,
                    said_at=said,
                    source_kind="touchpoint",
                    source_id=i,
                    span_start=c.start,
                    status="read",
                )
            )
    return out


def test_the_later_take_back_switches_off_the_earlier_refusal():
    rows = _rows(
        ("Won't do night work while the baby is small.", date(2025, 3, 1)),
        ("Night work is no longer a problem for him.", date(2026, 9, 1)),
    )
    refused = [r.id for r in rows if r.facet == "schedule" and r.polarity == "avoid"]
    assert refused and set(refused) <= superseded(rows)


def test_a_take_back_about_another_facet_leaves_the_refusal():
    rows = _rows(
        ("Won't do night work while the baby is small.", date(2025, 3, 1)),
        ("Weekend shifts are no longer a dealbreaker.", date(2026, 9, 1)),
    )
    refused = [r.id for r in rows if r.facet == "schedule" and r.value.get("kind") == "nights"]
    assert refused and not set(refused) & superseded(rows)
