"""German technology wishes and refusals of the kinds a first run of held-out 43 missed, in
other words: the object first and wanted no more ("PHP will sie nicht mehr.", "Oracle mag er
nicht anfassen"), "will weg von X" (away from it), and a hard "will" ("will unbedingt Terraform
lernen", "möchte endlich Scala einsetzen").

Their near-miss twins stay unread as refusals: the verb after ("will ich nicht mehr lange
machen" is no object refused), a plain "will" of the future-less German read as before,
a cap said with "mehr als". Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 27))
found = _AT.found


def _tech(text: str, polarity: str) -> set[str]:
    return {f[2] for f in found(text) if f[0] == "technology" and f[1] == polarity}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nur noch Python, PHP will sie nicht mehr.", "php"),
        ("Angular mag er nicht anfassen.", "angular"),
        ("Will unbedingt weg von Kotlin.", "kotlin"),
        ("möchte weg von SAP, lieber Produktentwicklung", "sap"),
    ],
)
def test_a_german_technology_refusal_is_read(text, name):
    assert name in _tech(text, "avoid")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Will unbedingt Terraform lernen.", "terraform"),
        ("will endlich Scala produktiv einsetzen", "scala"),
    ],
)
def test_a_hard_german_want_of_a_technology_is_a_wish(text, name):
    assert name in _tech(text, "wish") | _tech(text, "must")


@pytest.mark.parametrize(
    "text",
    [
        "Python will sie nicht mehr lange nur nebenbei machen.",
        "PHP seit zehn Jahren, will dabei bleiben.",
    ],
)
def test_a_near_miss_refuses_no_technology(text):
    assert not _tech(text, "avoid")
