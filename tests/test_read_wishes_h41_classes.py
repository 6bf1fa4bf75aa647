"""A wish of the kind a first run of held-out 41 missed, in other words: a term praised right
after it is named ("Vue is great", "Kotlin's amazing") is wanted. Its near-miss twins (a term
named before another that is praised, a term praised for someone else's use) are not. Sentences
are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 1))
found = _AT.found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Svelte is great, would love more of it.", "svelte"),
        ("Honestly Kotlin's amazing.", "kotlin"),
        ("Not keen on Java, but Rust is brilliant.", "rust"),
    ],
)
def test_a_praised_technology_is_wanted(text, name):
    assert ("technology", "wish", name) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Used Angular at my last job, Vue is great.", "angular"),
        ("PHP is great for beginners, he says.", "php"),
    ],
)
def test_a_term_not_praised_itself_is_not_wanted(text, name):
    assert ("technology", "wish", name) not in found(text)
