"""Opt-outs and dated waits of the kinds a first run of held-out 40 missed, in other words:

1. a lasting "no" to us as a whole: "no interest in working for you, now or ever", "not
   interested and never will be" said as a sentence of its own. Twins left alone: the same
   words after a topic ("Night shifts: not interested, now or ever", "Managing people? Not
   interested and never will be"), scoped to a kind of work ("not interested in working for a
   startup, now or ever") or a pause ("not interested now, maybe in spring");
2. a consultant's do-not-contact flag whose next line refuses a list of actions joined by a
   slash or "or" ("do not source/re-add", "never call or re-add"): the re-add is refused too, so
   it does not take the flag back. Twin: a real re-add ("re-added her to the pool") still does;
3. a day and month with the year after a comma, as US dates are written ("through May 31,
   2028"): the year said counts, not the next such month. Twin: the same day with no year.

Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out, wait_until = _AT.opted_out, _AT.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "Got your voicemail. Not interested and never will be.",
        "Thanks, but no interest in working for your firm, now or in the future.",
        "He is not interested, now or ever.",
        "Told three people on your team already: zero interest in joining you guys, now or ever.",
        "She's not remotely interested and never will be. Bad history there.",
    ],
)
def test_a_lasting_no_to_us_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Night shifts: not interested, now or ever.",
        "Managing people? Not interested and never will be.",
        "Moving to Ohio - not interested and never will be.",
        "A Boise posting I could see. But not interested and never will be.",
        "Not interested in working for a startup, now or ever.",
        "Not interested now, maybe in spring.",
        "Not interested in the Tulsa opening and never will be, but the Norman one yes.",
    ],
)
def test_a_lasting_no_to_one_thing_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Flagged do not contact after the screen. do not source/re-add to any req.",
        "Marked DNC after the call. Never call or re-add to sequences.",
    ],
)
def test_a_refused_re_add_keeps_the_flag(text):
    assert opted_out(text)


def test_a_real_re_add_still_takes_the_flag_back():
    assert not opted_out("Was flagged DNC in March; she asked, so we re-added her.")


@pytest.mark.parametrize(
    "text, until",
    [
        ("My garden leave runs through May 31, 2028. Nothing before then.", "2028-05-01"),
        ("Non-solicit holds me until November 30th, 2027, so please wait.", "2027-11-01"),
    ],
)
def test_a_year_after_a_comma_counts(text, until):
    assert wait_until(text) == until


def test_the_same_day_with_no_year_is_the_next_one():
    assert wait_until("Non-solicit holds me until November 30th, so please wait.") == "2026-11-01"


@pytest.mark.parametrize(
    "text",
    [
        "New house, new town, and we're settled. Open to hearing about anything now.",
        "The twins have settled in at daycare - happy to hear about anything now.",
    ],
)
def test_settled_and_open_now_is_ready_from_the_day_said(text):
    assert wait_until(text) == "2026-11-01"


def test_not_settled_yet_is_a_wait():
    text = "Not settled yet after the move; open to hearing about anything in the spring."
    assert wait_until(text) == "2027-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Our financial year ends 31 March, so spring is hectic, autumn calmer.",
        "The company's fiscal year ends September 30. I run the consolidation.",
        "Fun fact: the academic year ends in May here.",
    ],
)
def test_a_cycle_ending_said_as_a_fact_is_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text, until",
    [
        ("Nothing until the tax year ends in April, please.", "2027-04-01"),
        ("My contract ends March 31, after that I'm free.", "2027-03-01"),
    ],
)
def test_a_wait_up_to_a_cycle_or_a_contract_still_reads(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "Said no because of the 18-month non-compete in your written offer.",
        "Passed: the offer letter had a one-year non-compete and he runs a side business.",
        "The offer came with a 6-month probation, which put her off.",
    ],
)
def test_a_term_of_a_job_offered_is_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text, until",
    [
        ("Under a 1-year non-compete from my last job, so hands tied.", "2027-11-01"),
        ("Three-month notice, then I can weigh an offer.", "2027-02-01"),
    ],
)
def test_their_own_period_is_still_a_wait(text, until):
    assert wait_until(text) == until
