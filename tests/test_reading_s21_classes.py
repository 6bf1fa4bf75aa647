"""Misreadings noticed on main in earlier sessions and fixed in the twenty-first, in our own
wording:

- a stop turned, in the same sentence, into "but keep in touch" ("unsubscribe me from the
  mailers, but do keep ringing", "take me off the contractor list but keep me for perm") is one
  way or one kind stopped, never an opt-out; while a courtesy after "but" ("stop contacting me,
  but thanks for your help") turns nothing: that is an opt-out;
- calls or emails with the people of a job ("late calls with the US head office") are the job's
  meetings, not a channel of ours refused;
- relocation turned down after the word ("relocation's a no", "relo - no", "relocating is out of
  the question") is unwillingness to move, not a wish to; "relocation is no problem" still is;
- a wait to the month running now ("after January", "till mid-January", said on 5 January) ends
  in this month or the next, never a year away;
- what the merge of the rounds exposed: a fixed day shift, Monday to Friday with no nights or
  weekends, is no shift work (a need for shift work is not met by it); wanting "out of the
  office" in Spanish or Portuguese is no remote wish (it may be for the field); "free right
  away", "available immediately", French "je suis libre tout de suite" after "annulé", said as a
  change, lift an earlier wait;
- noticed by this session's rounds: "a couple of trips a year don't bother him" is indifference,
  no opt-out; "wants weekends free" refuses weekend work.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read

NOV = date(2026, 11, 4)


def _opted_out(note: str) -> bool:
    return any(
        c.facet == "contact" and c.value.get("kind") == "opt_out" for c in read(note, said_at=NOV)
    )


def _relocation(note: str) -> bool | None:
    found = [c.value["willing"] for c in read(note, said_at=NOV) if c.facet == "relocation"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "note",
    [
        "unsubscribe me from the newsletters, the job alerts, the lot - but please keep calling",
        "Take him off the interim list but keep him for permanent roles",
        "remove me from your mailing list but keep me on your books",
        "No more emails pls, tho feel free to ring me",
        "cand asked to stop the texts but still happy to take calls",
    ],
)
def test_a_stop_turned_into_keep_in_touch_is_no_opt_out(note):
    assert not _opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Please stop contacting me, but thanks for your help",
        "stop contacting me but thank u",
        "Stop contacting me, but cheers for thinking of me.",
        "Unsubscribe me from everything, and do not keep calling either",
        "please remove me from your database. Keep up the good work though",
    ],
)
def test_a_courtesy_or_a_refusal_after_the_stop_leaves_the_opt_out(note):
    assert _opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "relocation's a no",
        "Relo - no. Remote only.",
        "relocating is out of the question for her",
        "relocation = no",
        "He said relocation is a hard no, family in Leeds",
    ],
)
def test_relocation_turned_down_after_the_word_is_unwillingness(note):
    assert _relocation(note) is False


@pytest.mark.parametrize(
    "note",
    [
        "relocation is no problem",
        "Relocation - no issue at all",
        "relocation: yes",
        "relocation, but nights are a no",
    ],
)
def test_relocation_accepted_or_another_terms_refusal_stays_willing(note):
    assert _relocation(note) is True


@pytest.mark.parametrize(
    "note",
    [
        "no more late calls with the US head office",
        "She's done with 7am calls with the Singapore team",
        "tired of endless emails to stakeholders, wants to build",
    ],
)
def test_calls_or_emails_with_the_people_of_a_job_are_no_channel_refused(note):
    found = read(note, said_at=NOV)
    assert not [c for c in found if c.facet == "contact"]


def test_our_call_refused_beside_a_client_stays_a_channel_refused():
    found = read("do not call, she is with the client all day - email", said_at=NOV)
    assert ("phone", "avoid") in {
        (c.value.get("channel"), c.polarity) for c in found if c.facet == "contact"
    }


def _wait_end(note: str, said: date) -> str | None:
    found = [c.value for c in read(note, said_at=said) if c.facet == "wait"]
    return (found[0].get("day") or found[0]["until"]) if found else None


@pytest.mark.parametrize(
    "note, said, end",
    [
        ("after January pls", date(2027, 1, 5), "2027-02-01"),
        ("snowed under until mid-January", date(2027, 1, 5), "2027-01-15"),
        ("Try her again after November, audit season", date(2026, 11, 4), "2026-12-01"),
        ("flat out till the end of Nov", date(2026, 11, 4), "2026-11-30"),
        ("busy till late November, then free", date(2026, 11, 4), "2026-11-20"),
    ],
)
def test_a_wait_to_the_month_running_now_ends_this_year_not_next(note, said, end):
    assert _wait_end(note, said) == end


def test_a_month_named_in_an_earlier_month_keeps_its_own_year():
    assert _wait_end("after March", date(2026, 11, 4)) == "2027-04-01"


def test_a_fixed_day_shift_monday_to_friday_is_no_shift_work():
    from reading.role_facts import role_facts

    fixed = role_facts(
        title="Shift Lead",
        description="Run the day shift on the packing line: Monday to Friday, 6 am to 2:30 pm, "
        "no nights, no weekends.",
    )
    rotating = role_facts(
        title="Shift Lead",
        description="Day shift, no nights, no weekends, rotating earlies and lates.",
    )
    assert "shifts" not in fixed.schedule
    assert "shifts" in rotating.schedule


def test_wanting_out_of_the_office_in_spanish_is_no_remote_wish():
    # "get out of the office" may be for the field as much as for home
    found = read("Quiere salir de la oficina, le encanta el trabajo de campo.", said_at=NOV)
    assert not [c for c in found if c.facet == "work_mode"]


@pytest.mark.parametrize(
    "later",
    [
        "Le projet a été annulé - je suis libre tout de suite !",
        "The shoot got cancelled, I'm free right away.",
        "Made redundant last week, available immediately.",
    ],
)
def test_free_right_away_said_as_a_change_lifts_an_earlier_wait(later):
    found = read(later, said_at=date(2026, 11, 9))
    assert [c.value for c in found if c.facet == "wait"] == [{"until": "2026-11-01"}]


def test_free_on_a_weekday_in_french_is_no_wait_lifted():
    assert not [c for c in read("je suis libre le mardi", said_at=NOV) if c.facet == "wait"]


@pytest.mark.parametrize(
    "note",
    [
        "a couple of trips a year don't bother him",
        "Two site visits a month don't bother her at all",
    ],
)
def test_a_thing_counted_by_its_time_that_does_not_bother_them_is_no_opt_out(note):
    assert not _opted_out(note)


def test_dont_bother_me_again_is_still_an_opt_out():
    assert _opted_out("stop ringing me, don't bother me again")


def test_weekends_wanted_free_refuse_weekend_work():
    found = read("wants weekends free, two small kids", said_at=NOV)
    assert ("avoid", "weekends") in {
        (c.polarity, c.value.get("kind")) for c in found if c.facet == "schedule"
    }
