"""German on-call refusals of the kinds a first run of held-out 43 missed, in other words: the
object put first ("Bereitschaftsdienst mache ich nie wieder", "Nachtschicht tu ich mir nicht mehr
an"), standby around the clock or all the time ("12/7-Rufbereitschaft", "dauernde Bereitschaft"),
given as the reason for leaving ("Wechselgrund: ...") or for pulling out ("zurückgezogen wegen
...").

Their near-miss twins stay unread as refusals: a cap ("nicht mehr als eine Woche im Monat"),
on-call accepted on terms, "Bereitschaft" as willingness ("Bereitschaft zum Umzug").
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 27))
found = _AT.found
ON_CALL_AVOID = ("schedule", "avoid", "on_call")


def _avoids_on_call(text: str) -> bool:
    return any(f[:3] == ON_CALL_AVOID for f in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bereitschaftsdienst tu ich mir nicht mehr an, das hat die Ehe gekostet.",
        "Rufbereitschaft macht er nicht mehr.",
        "Wechselgrund: dauernde Bereitschaft im Support, auch nachts.",
        "Zurückgezogen wegen Rufbereitschaft jede zweite Woche.",
        "Hat abgebrochen – zurückgezogen wegen 12/7-Rufbereitschaft.",
    ],
)
def test_an_on_call_refusal_in_these_words_is_read(text):
    assert _avoids_on_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rufbereitschaft macht er nicht mehr als einmal im Quartal.",
        "Bereitschaft zum Umzug nach Bremen ist da.",
        "Rufbereitschaft geht, wenn sie bezahlt wird.",
    ],
)
def test_a_near_miss_is_no_on_call_refusal(text):
    assert not _avoids_on_call(text)
