"""Opt-outs of the kinds a first run of held-out 22 missed or over-read, in other words:

- a removal from our books or database with a refused channel after it ("strike her off our
  books, no more phone calls"): the channel adds to the removal, it does not narrow it to the
  phone; twins: a removal for one kind of shift, "don't take me off your books, just no calls";
- no further contact on one line or address of theirs ("no more contact at her office email",
  "nothing further to his work mobile, use his own number"): that line only, never an opt-out;
  twins: no further contact "from your agency on any channel", bare "no further contact please";
- what we send called spam ("no more recruiter spam"); twins: "no more spam calls", a mail in the
  spam folder;
- Malay with "any" before what is refused ("tak mahu terima apa-apa tawaran kerja lagi",
  "dari syarikat anda") and Gulf Arabic with "tersil"/"tirsel" spelled out; twins: Malay refusing
  one place, Gulf Arabic refusing nights only.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        "He's sold the truck and retired. Strike him off our books, no more phone calls.",
        "Please remove me from your database - no more texts.",
        "take her off your system, no more calls",
        "Honestly sick of it. No more recruiter spam.",
        "no more job spam please",
        "Saya tak nak terima sebarang tawaran kerja lagi.",
        "Tak mahu dapat apa-apa mesej kerja dari syarikat anda.",
        "la tirsel li ay shay ba3d al youm",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requested no more contact at her office email - she uses her yahoo address now.",
        "No further messages to his work mobile please, use his own number.",
        "No further contact via my company inbox; my personal address is on the CV.",
        "take him off our books for the weekend shifts",
        "Don't take me off your books, just no more calls during the day.",
        "no more spam calls from random numbers please, email me the role",
        "Found your email in my spam folder - yes, interested!",
        "Saya tak nak kerja di KL lagi, jauh sangat.",
        "la tirsel li bil-leil, ana nayem",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "She asked for no further contact from the agency on any channel.",
        "No further contact please.",
    ],
)
def test_contact_refused_as_a_whole_stays_an_opt_out(text):
    assert opted_out(text)
