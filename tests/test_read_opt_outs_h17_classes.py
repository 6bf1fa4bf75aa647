"""Opt-outs and retractions of the kinds a first run of held-out 17 missed, in other words:
a bare "Unsubscribe." followed by a sentence that names emails (the next sentence is no
scope); recruiter emails refused as such ("don't want agency emails, ever"); a formal "I do
not wish to be contacted by recruiters, including you"; Hinglish asks to delete one's number
or never to be called again; and an apology for an earlier stop message followed by a turn
back ("sorry about that text in May, do send me roles") lifting that stop. Their near-miss twins
(keep me subscribed, agencies other than yours, recruiter emails about one kind of role, "abhi
call mat karo", an apology with the no kept) are not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "Unsubscribe. Settled at the dealership and I get far too many recruiter emails.",
        "unsubscribe! happy where i am, enough emails",
        "I don't want agency emails, now or ever.",
        "She does not want recruitment messages ever again.",
        "I do not wish to be contacted by recruiters, including you, going forward.",
        "He does not wish to be approached by headhunters - and that includes yours.",
        "I don't wish to be contacted by recruitment agencies any more.",
        "Mera number delete kar do please.",
        "mujhe dobara call mat karna",
        "Kabhi bhi contact mat karo, koi interest nahi.",
        "koi bhi job mein interest nahi hai, thanks",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keep me subscribed please - I read every email you send.",
        "Please don't unsubscribe me, the newsletter is useful.",
        "I do not wish to be contacted by agencies other than yours.",
        "I don't want recruiter emails about call-centre roles.",
        "I don't want recruiter emails, just a call when something comes up.",
        "Abhi call mat karo, shift pe hoon - WhatsApp pe bhej do.",
        "is job mein interest nahi hai, koi aur role ho to batana",
        "purana number delete kar do, naya number 98200 11111 hai",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "sorry about that text in May 🙈 new manager is a nightmare, do send me deputy roles",
        "Apologies for my snappy email in the summer - keen again now.",
        "sorry for snapping at you last month, I'd like to hear about store roles",
        "my bad for the rude message back in March, pls send me area manager jobs",
    ],
)
def test_an_apology_for_an_earlier_stop_with_a_turn_back_is_an_opt_in(text):
    assert OPT_IN in found(text)
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "sorry about my text in May, but I meant it - not looking again, please stop",
        "sorry for the late reply, not interested",
        "Apologies for the rude email. Still not interested, remove me.",
    ],
)
def test_an_apology_with_the_no_kept_is_no_opt_in(text):
    assert OPT_IN not in found(text)
