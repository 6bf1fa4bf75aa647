"""Opt-outs, retractions and waits of the kinds a first run of held-out 33 missed, in other words:

- consent refused to contact itself ("I don't consent to being approached by your talent team
  from now on"); twins: consent refused to one place or time, consent given to keep a CV;
- off "your recruiters" as what to be unsubscribed from (all who write for us); twin: one role's
  shortlist;
- the polite French infinitive stop ("merci de cesser de me relancer"); twin: the recruiter's own
  "je vais arrêter de le relancer";
- Hinglish "... bhejna band karo" said for good; twins: the same for office hours, or with no
  "for good";
- a month that dates one of their messages ("disregard my March note") or a stop they recall
  ("she'd asked to be taken off in April") is no wait; twins: "after my March bonus", "asked us
  to stop, but try again in May";
- a channel's refusal spread to every time and place after it ("don't text me about roles - not
  now, not ever"); twins: "not now" alone, and a line refused with another offered;
- an earlier message set aside, then a turn back ("disregard my March note - I'm open again")
  lifts a stop; twin: the message set aside with the no kept.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 6, 1))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "I don't consent to being approached by your talent team from now on.",
        "Please note I do not consent to being contacted.",
        "He does not consent to being recruited by your hiring team, going forward.",
        "pls unsubscribe me from your in-house recruiters, for good",
        "Unsubscribe me from your sourcers.",
        "Merci de cesser de me relancer.",
        "Je vous prie de cesser de me solliciter, j'ai trouvé un poste.",
        "Job emails bhejna band kar do, hamesha ke liye.",
        "aage se mujhe koi email bhejna band karo",
        "Don't text me about roles - not now, not ever.",
        "never message me re openings. not here, not anywhere else",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't consent to being contacted at my work address.",
        "I consent to being contacted about future openings.",
        "I do consent to you holding my CV for a year.",
        "Take me off your recruiter's shortlist for the Lisbon role.",
        "Je vais arrêter de le relancer cette semaine.",
        "Office hours mein emails bhejna band karo.",
        "Emails bhejna band karo, WhatsApp pe bhejo.",
        "don't ring me about jobs, not now, maybe in the spring",
        "don't call me at the office. not now, not later - email only",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hello again - disregard my April note and send me roles.",
        "She had asked for no contact in April - she is looking now.",
        "Morning again: ignore my March text, the merger collapsed and I'm looking.",
    ],
)
def test_a_set_aside_message_or_recalled_stop_is_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Reach out after my March bonus.",
        "She asked us to stop, but try again in May.",
        "Not before my January review.",
    ],
)
def test_a_month_that_is_a_wait_stays_one(text):
    assert wait_until(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Please stop contacting me. Later: disregard my March note, I'm open again - send roles.",
        "Remove me from your list. -- Scratch my last email, deal fell through; keep me posted.",
    ],
)
def test_a_message_set_aside_with_a_turn_back_lifts_the_stop(text):
    assert OPT_IN in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ignore my last email, wrong thread. Not looking - please stop.",
        "Disregard my March note, it had a typo. Still not interested.",
    ],
)
def test_a_message_set_aside_with_the_no_kept_is_no_opt_in(text):
    assert OPT_IN not in found(text)
