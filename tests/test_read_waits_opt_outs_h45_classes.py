"""Waits and opt-outs of the kinds a first run of held-out 45 missed, in other words:

- an event dated in the clause after an "and", the next sentence holding off "until then"
  ("we're mid-bid and the decision lands in April. Nothing before then");
- a hold-off said as an impossibility after the dated event ("no way I leave before that",
  "not a chance I'd move till then");
- a do-not-contact flag said with the month it was set ("put me on do-not-contact in March"):
  when it was set, not a wait;
- a wait called off by a later note that asks to talk now ("the bid got scrapped - let's talk
  now");
- a removal from our lists named for what we do with them ("your recruiting lists", "the hiring
  list");
- "bother" in the past said of a thing ("the rota never bothered him"): no request at all;
- a do-not-contact flag we set, recalled by the person and turned back ("you marked me DNC in
  March. I've calmed down - do get in touch"): the stop lifted.

Their near-miss twins stay unread: a past event and "until then" that is no hold-off, a "no way"
about something else, "contact me in March" (a wait), a talk asked for later, a list of one kind
of event ("the hiring event list"), "never bother me again" (a stop), a DNC flag recalled and
kept. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 12))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until


@pytest.mark.parametrize(
    ("text", "until"),
    [
        (
            "Our programme is being re-bid and the source selection should land in April 2027. "
            "I'd like to be there for my people, so nothing before then.",
            "2027-04-01",
        ),
        (
            "The unit is mid-transition and the handover is set for June 2027. I told my boss "
            "I'd stay for it, so nothing until then.",
            "2027-06-01",
        ),
        ("I'm lead on the audit in February, not a chance I'd move before that.", "2027-02-01"),
        ("Cutover is in May and there's no way she walks before it.", "2027-05-01"),
        ("I run the test window in January, no way I go before that. Try me after.", "2027-01-01"),
    ],
)
def test_a_hold_off_until_a_dated_event_is_a_wait(text, until):
    assert wait_until(text) == until


@pytest.mark.parametrize(
    "text",
    [
        "We moved house and the kids started school in September. Nothing until then was easy.",
        "Started the new job in March, no way I leave before my first review is even booked.",
        "Your colleague put me on do-not-contact in March. I've calmed down, send me roles.",
        "marked do not contact in january after the calls, lifted now",
    ],
)
def test_no_wait_is_read(text):
    assert wait_until(text) is None


def test_a_plain_ask_to_be_contacted_in_a_month_still_waits():
    assert wait_until("contact me in January") == "2027-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "The bid got scrapped, so let's talk now.",
        "Programme was cancelled last week - lets chat now then.",
    ],
)
def test_a_wait_called_off_with_a_talk_now_opens_them_from_the_day(text):
    assert wait_until(text, date(2026, 11, 9)) == "2026-11-01"


def test_a_talk_asked_for_now_with_nothing_changed_is_no_wait():
    assert wait_until("let's talk now") is None


@pytest.mark.parametrize(
    "text",
    [
        "Please remove me from your recruiting lists.",
        "Third time asking: take me off the hiring list.",
        "remove me from your recruiter mailing list",
    ],
)
def test_a_removal_from_our_lists_named_for_recruiting_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Remove me from your hiring event list - roles are still welcome.",
        "Please add me to your recruiting lists.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


# "bother" in the past, said of a thing, is what did not trouble them: no request.
@pytest.mark.parametrize(
    "text",
    [
        "Eight years of nights on the ward, never bothered him - he likes the quiet.",
        "the 4-on-4-off never bothered me, good money",
        "Long drives haven't disturbed me once.",
    ],
)
def test_what_never_bothered_them_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    ["never bother me again", "Please don't bother him any more.", "never to be bothered again"],
)
def test_a_stop_said_with_bother_is_still_an_opt_out(text):
    assert opted_out(text)


OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "I know your team flagged me as do-not-contact last spring. I've calmed down since - "
        "please do send senior Rust roles my way.",
        "You lot marked me DNC after that week of calls. Things have changed though, do get in "
        "touch.",
    ],
)
def test_a_dnc_flag_recalled_then_turned_back_lifts_it(text):
    got = found(text)
    assert OPT_IN in got and not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your desk flagged me as DNC last spring and I meant it.",
        "You marked me do-not-contact in March. Still a no, leave me alone.",
    ],
)
def test_a_dnc_flag_recalled_and_kept_is_no_opt_in(text):
    assert OPT_IN not in found(text)
