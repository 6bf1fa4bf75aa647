"""Reading of the kinds a first run of held-out 47 missed, in other words:
- a stop recalled and then a change of mind with a turn back ("I asked you not to ring me in
  the spring - changed my mind, do call") is an opt-in; twin: the mind not changed, or changed
  about something else;
- an unsubscribe from a list of what we send closed by the whole of it ("the mailers, the
  texts, the calls - the lot") is an opt-out; twin: a list with a carve-out, or a list alone;
- a return from a feast dated by a place and a day/month ("back from Eid in Bradford on 30/5")
  is behind them; twin: a return still ahead;
- a conversation had after an event ("chatted after the expo in June") dates what happened;
  twin: a talk asked for after it;
- "send anything over whenever" is open now, whatever busy time is named; twin: "after that";
- a period's start said between it and its end ("a nine-month non-compete from January ended
  in October") is over; twin: one that still runs;
- a term of a contract after an offer in the same note is the offer's, no wait; twin: their own
  contract's term;
- no LMIA needed is no need of sponsorship; a permit with months left or "exp" runs out;
  twin: years left;
- a verdict after a dash ("tried people management - hated it") refuses what was tried, and a
  clause opening "back to IC" wants no reports; a team of one's own asked for is managing; "it
  didn't suit him" after a stop refuses what was done too;
- zero travel holds a flying refusal said first; an office that is the other party ("calls with
  our Dutch head office") is no office;
- "cold calling" is a seller's work (a topic), never a refusal of our calls; twin: "no cold
  calls please" refuses our phone;
- a company listed on a market ("listed companies only", "publicly traded") is an established
  one; twin: the public sector;
- a hyphenated kinship word ("gambling-related") ends an industry term; a narrower word refused
  beside its kind wished ("no munitions, aerospace defence is fine") is that word refused.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 10, 12))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "I know I asked for no contact back in April - I've changed my mind, please ring me about "
        "closing roles.",
        "She'd asked us to stop emailing her in the spring; she has since changed her mind - do "
        "call her about partner roles.",
    ],
)
def test_a_recalled_stop_and_a_change_of_mind_is_an_opt_in(text):
    assert OPT_IN in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I asked for no contact in April and I haven't changed my mind, please ring someone else.",
        "I asked for no contact in April - I've changed my mind about the salary, not the calls.",
    ],
)
def test_a_change_of_mind_kept_or_about_else_is_no_opt_in(text):
    assert OPT_IN not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unsubscribe - from the weekly digest, the job-alert emails and the calls, the whole lot.",
        "Please unsubscribe me from the newsletter, the job alerts and the calls - the lot.",
    ],
)
def test_an_unsubscribe_closed_by_the_whole_of_it_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unsubscribe me from the newsletter, the job alerts, all of it - but do keep ringing me "
        "about real roles.",
        "Unsubscribe me from the newsletter and the job alerts.",
    ],
)
def test_an_unsubscribe_from_a_list_with_a_carve_out_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "back from Eid in Bradford on 30/5, at 80% of target.",
        "back from the Eid break with family on 28/9, talk any time",
    ],
)
def test_a_return_from_a_feast_dated_behind_them_is_no_wait(text):
    assert wait_until(text) is None


def test_a_return_from_a_feast_dated_ahead_still_waits():
    assert wait_until("Back from Christmas in Spain on 6/1, talk then.") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Spoke after the expo in June - pipeline strong.",
        "We chatted after the conference in August.",
        "Caught up after the roadshow in May, all good.",
    ],
)
def test_a_conversation_had_after_an_event_is_no_wait(text):
    assert wait_until(text) is None


def test_a_talk_asked_for_after_an_event_waits():
    assert wait_until("Spoke to her - call back after the roadshow in January.") == "2027-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "Off to the in-laws till Christmas, but says send anything over whenever.",
        "Swamped until Christmas, but send roles through whenever.",
    ],
)
def test_send_anything_whenever_is_open_now(text):
    assert wait_until(text) is None


def test_send_anything_after_that_still_waits():
    assert wait_until("Swamped until Christmas, send roles through whenever after that.")


@pytest.mark.parametrize(
    "text",
    [
        "Nine-month non-compete from January ended in September.",
        "a 6-month non-compete from March, over in September",
    ],
)
def test_a_period_with_its_start_said_over_is_no_wait(text):
    assert wait_until(text) is None


def test_a_contracts_term_after_an_offer_is_no_wait():
    assert wait_until("Turned down the offer - contract had an 18-month non-compete.") is None


def test_their_own_contracts_term_still_waits():
    assert wait_until("my contract has an 18-month non-compete") is not None


NEEDS = ("visa", "must", "needs_sponsorship")


def test_no_lmia_needed_is_no_sponsorship():
    text = "became a permanent resident in 2025 - open work rights, no LMIA needed"
    assert NEEDS not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "her working holiday visa has 3 months left",
        "graduate visa has about five months remaining",
        "cand on a PGWP exp Jan 2027",
    ],
)
def test_a_permit_running_out_needs_sponsorship(text):
    assert NEEDS in found(text)


def test_a_permit_with_years_left_is_no_need():
    assert NEEDS not in found("his work permit has 2 years left")


MANAGE_AVOID = ("management", "avoid", "manage")
HANDS_ON = ("management", "wish", "hands_on")


def test_a_verdict_after_a_dash_refuses_what_was_tried():
    assert MANAGE_AVOID in found("Tried people management for a year - hated it.")
    assert ("schedule", "avoid", "on_call") in found("Did on-call for two years - hated it.")


def test_a_verdict_on_something_else_after_a_dash_refuses_nothing_tried():
    assert MANAGE_AVOID not in found("Tried people management for a year - loved it.")


def test_back_to_ic_opening_a_clause_wants_no_reports():
    assert HANDS_ON in found("Hated it. Back to IC for me.")
    assert HANDS_ON not in found("Came back to IC after a year of managing.")


@pytest.mark.parametrize(
    "text", ["wants her own team", "Loved covering - want a team now.", "keen on a team of my own"]
)
def test_a_team_of_their_own_is_managing(text):
    assert ("management", "wish", "manage") in found(text)


def test_a_team_that_suits_is_no_managing():
    assert ("management", "wish", "manage") not in found("wants a team that is supportive")


def test_zero_travel_holds_a_flying_refusal():
    got = found("won't board a plane for work any more - zero travel, full stop.")
    assert ("travel", "avoid") in got
    assert not any(k[0] == "travel" and k[1] == "wish" for k in got)
    from reading import read

    travel = [c for c in read("won't fly - zero travel.") if c.facet == "travel"]
    assert [c.value.get("share") for c in travel] == [0.0]


def test_an_office_that_is_the_other_party_is_no_office():
    assert ("work_mode", "avoid", "onsite") not in found(
        "Not doing 5am calls with our Dutch head office again."
    )
    assert ("work_mode", "avoid", "onsite") in found("won't commute to head office again")


@pytest.mark.parametrize("text", ["never cold calling again", "hates cold calling"])
def test_cold_calling_is_no_refusal_of_our_calls(text):
    got = found(text)
    assert not opted_out(text)
    assert not any(k[0] == "contact" for k in got)


def test_cold_calling_refused_is_a_topic():
    assert any(k[0] == "topic" and k[1] == "avoid" for k in found("done with cold calling"))


def test_no_cold_calls_please_still_refuses_our_phone():
    assert ("contact", "avoid", "channel", "phone") in found("no cold calls please, email me")


def test_a_kinship_word_ends_an_industry_term():
    assert ("industry", "avoid", "gambling") in found("Nothing gambling-related, ever")


def test_a_narrower_word_refused_beside_its_kind_wished_is_that_word():
    got = found("No munitions, but aerospace and defence software is fine")
    assert ("industry", "avoid", "defence") not in got
    assert ("industry", "wish", "defence") in got
    assert any(k[0] == "topic" and k[1] == "avoid" for k in got)


def test_the_kind_itself_refused_stays_refused():
    assert ("industry", "avoid", "defence") in found("nothing defence, but logistics is fine")


def test_it_didnt_suit_them_after_a_stop_refuses_what_was_done():
    got = found("Tried a nine-day fortnight, then a four-day week; it didn't suit him at all.")
    assert ("schedule", "avoid", "four_day_week") in got
    assert ("schedule", "avoid", "four_day_week") not in found(
        "Did a four-day week at the last place; it suited her fine."
    )


@pytest.mark.parametrize(
    "text", ["After the layoffs: listed companies only from now on", "wants a publicly traded firm"]
)
def test_a_company_listed_on_a_market_is_an_established_one(text):
    assert any(k[:1] == ("company",) and k[2] == "enterprise" for k in found(text))


def test_the_public_sector_is_no_listed_company():
    got = found("public sector organisations only")
    assert ("company", "must", "public_sector") in got
    assert not any(k[0] == "company" and k[2] == "enterprise" for k in got)
