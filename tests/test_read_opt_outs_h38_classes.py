"""Opt-outs and turn-backs of the kinds a first run of held-out 38 missed, in other words:
a removal from all our "mailers" (Indian recruiters' word for the mails they send); our number
blocked by the person; a stop said "from now on" or "again" in Tamil, Kannada or Telugu typed
in Latin letters; a whole reply that is a bare "not interested" and a bare "don't call"; an
apology for an earlier stop turned back in Indian English ("now actively looking, pls share
roles"). Their near-miss twins stay unread: one named mailer, our number blocked for calls with
another way offered or by mistake, a time or a channel asked for in those languages, "not
interested in nights, don't call before 11", an apology with no turn back. A stop told to a
colleague "in January" is when it was said, not a wait. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 6, 2))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "He wants us to remove him from all mailers and calls, for good.",
        "Please remove me from your mailers.",
        "Cand has blocked our number and wants no calls.",
        "i am blocking your number, enough",
        "Ini mel ennai call pannaadheenga, please.",
        "Thirumba contact panna vendaam.",
        "Nanage matte message madbedi.",
        "Malli call cheyyakandi, naaku interest ledu.",
        "Not interested. Please dont message.",
        "dont call. not interested",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Take me off the weekly mailer for walk-ins, keep the rest coming.",
        "Asked us to update his email id on all mailers.",
        "Blocking this number for calls only, WhatsApp me instead.",
        "Blocked your number by mistake, sorry - do call.",
        "I blocked the whole Friday for the interview.",
        "Sanje call madi, office alli iddini.",
        "Evening-la call pannunga.",
        "Not interested in nights, don't call before 11.",
        "Not interested right now, don't call - WhatsApp me.",
    ],
)
def test_the_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for that rude reply earlier. Now actively looking - pls share SAP roles.",
        "Apologies for my last msg. Actively looking now, kindly share openings.",
    ],
)
def test_an_apology_turned_back_takes_the_stop_back(text):
    assert OPT_IN in found(text)


def test_an_apology_with_no_turn_back_takes_nothing_back():
    assert OPT_IN not in found("Sorry for my last msg. Still not looking, don't share roles.")


def test_a_stop_told_to_a_colleague_in_a_month_is_no_wait():
    note = "I told your recruiter not to call in February. Looking now, do get in touch."
    assert wait_until(note) is None
    assert wait_until("Please don't call in February, exams.") == "2027-02-01"
