"""Readings of the kinds a first run of held-out 42 (a US IT staffing desk's notes) missed, in
other words:

- an opt-out that names two of our lists joined ("strike me from your system and all of your
  lists"), beside a new address for the file and a list that is not ours;
- a move said whole ("switching from Angular to Vue - been doing Svelte at night") whose "from"
  reaches no further than where it goes, and a clause after the dash that reports what they have
  been doing (no bare list to lead); a refusal after the move still counts;
- test automation and service-desk tools as technologies (Selenium, Playwright, ServiceNow);
- the pay someone stands at now ("I'm at 120k at the insurer") is no ask, beside "I'm at 120k
  minimum", which is a floor;
- a US work visa held now (on H-1B, on TN) needs a new employer's petition, beside one held
  before and a relative's status ("her husband is a citizen" is not hers).

Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out, pays = _AT.found, _AT.opted_out, _AT.pays


@pytest.mark.parametrize(
    "text",
    [
        "Strike me from your system and all of your lists, I'm done.",
        "please remove me from your database and every mailing list you keep",
        "Take him off our records and any list the team uses - his words.",
    ],
)
def test_two_of_our_lists_joined_are_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "new number below, please update it in your database and keep the roles coming",
        "take me off your database and every list except the weekly newsletter",
        "take me off the Python list and every list for contract roles",
    ],
)
def test_a_detail_or_a_scoped_list_is_no_opt_out(text):
    assert not opted_out(text)


def test_a_move_from_one_tool_to_another_ends_where_it_goes():
    got = found("Keen on switching from Cucumber to Playwright - been picking up Kotlin at night.")
    assert ("technology", "wish", "playwright") in got
    assert not any(k[0] == "technology" and k[1] == "avoid" for k in got)
    assert ("technology", "avoid", "kotlin") not in got


def test_a_refusal_after_the_move_still_counts():
    got = found("wants to switch from Angular to Vue, and no on-call please")
    assert ("schedule", "avoid", "on_call") in got


@pytest.mark.parametrize(
    "text, name",
    [
        ("Only wants Selenium work, nothing else.", "selenium"),
        ("keen to do more Playwright", "playwright"),
        ("wants to grow into ServiceNow development", "servicenow"),
    ],
)
def test_test_automation_and_desk_tools_are_technologies(text, name):
    assert any(k[0] == "technology" and k[2] == name for k in found(text))


def test_the_pay_someone_stands_at_now_is_no_ask():
    got = pays("I'm at $128k at the insurer today, but I'd go to $120k for fully remote.")
    assert [c.value["amount"] for c in got] == [120000]


def test_standing_at_a_minimum_is_a_floor():
    got = pays("he's at $135k minimum, won't move for less")
    assert got and got[0].value["kind"] == "floor" and got[0].value["amount"] == 135000


@pytest.mark.parametrize(
    "text",
    [
        "Candidate is on H-1B at an insurer, the I-797 runs to 2029.",
        "she's currently on TN with a Canadian passport",
    ],
)
def test_a_us_work_visa_held_now_needs_a_petition(text):
    assert ("visa", "must", "needs_sponsorship") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was on H-1B years ago; green card came through in 2022.",
        "her husband is a US citizen, she's still sorting her own status",
    ],
)
def test_a_visa_held_before_or_a_relatives_status_is_not_theirs(text):
    got = found(text)
    assert ("visa", "must", "needs_sponsorship") not in got
    if "husband" in text:
        assert ("visa", "wish", "has_right_to_work") not in got


@pytest.mark.parametrize(
    "text, place",
    [
        ("relocating to Colorado Springs with the family next summer", "Colorado Springs"),
        ("we move to Hoboken in the new year, wants something close", "Hoboken"),
    ],
)
def test_us_staffing_towns_are_places(text, place):
    assert any(k[0] in ("location", "relocation") and place.lower() in k for k in found(text))


def test_leaving_a_town_is_no_wish_for_it():
    got = found("We're leaving Hartford in the spring for her new post in Boston.")
    assert ("location", "wish", "hartford") not in got
