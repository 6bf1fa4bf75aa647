"""Opt-outs of the kinds a first run of held-out 35 missed, in other words: a stop said as
"disturbing" (Singapore and Malaysian English for bothering someone); a stop whose "for good"
comes after a full stop ("stop texting me. for good."); a bare "no thanks" with a friendly tag
("no thanks mate", "no thanks from me, ta"); and Afrikaans "kontak maak met" (make contact with)
refused with "nooit (weer)", and "haal my van julle lys af" (take me off your list). Their
near-miss twins (indifference, "not disturbing me during exams", "no thanks to the Darwin one",
a scoped or a softer Afrikaans wish, a list that is not ours) are not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out = _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        "Can you stop disturbing me? Not keen on anything.",
        "Please do not disturb me any more with jobs.",
        "Stop emailing her. For good, she says.",
        "stop contacting us. for keeps.",
        "no thanks mate",
        "No thanks from me, ta.",
        "nope, no thanks bro",
        "Moet nooit weer met ons kontak maak nie.",
        "Moenie meer met haar kontak maak nie, dankie.",
        "Haal haar asseblief uit julle databasis uit.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "The long hours do not disturb him at all.",
        "Don't disturb me during exam month - December is fine.",
        "Please don't disturb me on weekends, weekdays ok.",
        "stop texting me for a while, busy with the move",
        "No thanks mate, not that one - anything closer to Darwin?",
        "No thanks to the Darwin posting, but Perth I'd look at.",
        "Moet nie met my kontak maak voor Maart nie.",
        "Haal my van die graduate lys af, ek is nou senior.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)
