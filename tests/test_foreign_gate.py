"""Notes in plain English are not searched against the other languages' tables: that search
costs tens of milliseconds a note, so everyday English words ("and", "role", "company", "offer",
"old", "online") must never be what sends a note to it, while a cue in another language still
is found."""

import pytest

from reading.foreign import _maybe_foreign, phrases


@pytest.mark.parametrize(
    "note",
    [
        "Spoke to her about the role and the company - she has an offer from her old team.",
        "Main thing for him at the moment is a company with online apps; recruiters keep calling.",
        "Quite keen on the opportunity, plz send details, happy to begin in March.",
    ],
)
def test_an_english_note_is_not_sent_to_the_foreign_tables(note):
    assert not _maybe_foreign(note)


@pytest.mark.parametrize(
    ("note", "english"),
    [
        ("mera number delete kar do please", "delete my details"),
        ("700 €/Tag wäre gut", None),
    ],
)
def test_a_note_in_another_language_still_is(note, english):
    assert _maybe_foreign(note)
    found = phrases(note)
    assert found
    if english:
        assert english in {e for _, _, e in found}
