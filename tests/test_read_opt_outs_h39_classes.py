"""Opt-outs and retractions of the kinds a first run of held-out 39 missed, in other words:
our mail shut by the person ("she's blocked our email address"); no wish for anything from us
"ever again"; an unsubscribe widened in the same sentence ("... all your lists, not only the one
this came from"); a bare "take me off" followed by a dash and the reason; and a stop recalled as
the act refused ("I know I asked you not to email me in May") then turned back. Their near-miss
twins (a firewall or server that blocks our domain, "nothing from us but a reference", one list
with "not every list, just this one", "take me off the Bristol shortlist - ...", a recalled stop
kept) are not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 27))
found, opted_out = _AT.found, _AT.opted_out
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "She's blocked our email address and says that's that.",
        "I have blocked your domain. Goodbye.",
        "Rang him back: he'd already blocked our emails.",
        "He wants nothing to do with us ever again.",
        "Says she wants nothing from you any more.",
        "Unsubscribe me from the Harbourline job emails - all of your lists, not only the one "
        "this came from.",
        "Please unsubscribe me from your careers mail, every mailing, not just this one.",
        "Take me off please - I've retrained as a nurse and I'm staying put.",
        "take me off — moving into teaching, for good.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "His firm's server blocked our domain, so the emails bounce - try his mobile.",
        "The spam filter at her bank has blocked our emails.",
        "Wants nothing from us but a reference for her old manager.",
        "Unsubscribe me from the events mailing - not every list, just this one.",
        "Please take me off the Bristol shortlist - can't do the commute - but keep me on for "
        "remote.",
        "Please take me off the interview rota - I'm away until March.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "I know I asked you not to ring me in May; circumstances are different, keep me posted.",
        "I asked you not to call me last year - things have changed, please send me finance roles.",
    ],
)
def test_a_recalled_stop_turned_back_is_an_opt_in(text):
    assert OPT_IN in found(text)
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "I asked you not to email me in May, and that still stands.",
        "I asked you to email me in May about the audit role.",
    ],
)
def test_a_recalled_stop_kept_is_no_opt_in(text):
    assert OPT_IN not in found(text)
