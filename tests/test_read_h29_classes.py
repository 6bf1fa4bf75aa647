"""Readings of the kinds a first run of held-out 29 missed, in other words:

- a refusal to be sent anything up to a time ("don't send me anything before March") is a wait,
  not an opt-out; "don't send me anything ever again" stays one;
- a break being taken now ("taking four months off to recover") is a wait; one taken in the past
  ("took six months off in 2019") is none;
- "step back / pull back from management" refuses managing; "stepped back from it in 2022, now
  wants to lead again" does not;
- a red line names what they refuse ("my red line is gambling money"), not what they demand;
- "never turned down a fixed-term post" is no refusal; "has turned down every one" is;
- a right to work or permit said lacking needs sponsorship, and is no place refused ("has no
  right to work in Peru"); "no work permit needed" is the right held, a husband's lack is his;
  in Spanish "no tiene permiso de trabajo", "necesitaría patrocinio" ("no necesitaría" the twin);
- a mode said to isolate them or not to suit them is refused ("home working isolates me"); in
  French and Spanish too, with an office wanted back;
- a list after a refusal and a dash that ends on "now" is what they turn to ("done with the
  wards - teaching now"), not more of the refusal;
- "till X - but call any time" lets the call through; "till X" alone waits;
- "give me a year in the job" asks for time in the post; "gave him two years there" does not;
- Pohela Boishakh (the Bengali New Year) is a day a wait can name;
- a clearance held "now" is held (the "no" of "now" is no negation); "now has no NV1" is not held;
- a university's "graduate school" or "grad students" is no level; "a graduate role" is junior.

Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "Please don't send me anything before March, I'm snowed under.",
        "Do not send me any jobs before the spring.",
    ],
)
def test_a_sending_refusal_up_to_a_time_is_a_wait_not_an_opt_out(text):
    assert not opted_out(text)
    assert wait_until(text) is not None


def test_a_sending_refusal_without_a_time_stays_an_opt_out():
    assert opted_out("Don't send me anything ever again.")


@pytest.mark.parametrize(
    "text, until",
    [
        ("She's taking four months off to recover after the deployment.", "2027-03-01"),
        ("going to take a couple of months out to travel", "2027-01-01"),
    ],
)
def test_a_break_being_taken_is_a_wait(text, until):
    assert wait_until(text) == until


def test_a_break_taken_in_the_past_is_no_wait():
    assert wait_until("took six months off in 2019 to care for her dad") is None


@pytest.mark.parametrize(
    "text",
    [
        "Wants to step back from management and do hands-on evaluation work.",
        "keen to pull back from people management for a while",
    ],
)
def test_stepping_back_from_management_refuses_it(text):
    assert ("management", "avoid", "manage") in found(text)


def test_stepped_back_in_the_past_and_wanting_to_lead_again_is_a_wish():
    got = found("stepped back from managing in 2022, now wants to lead a team again")
    assert ("management", "avoid", "manage") not in got


@pytest.mark.parametrize(
    "text", ["My red line is gambling money.", "the one red line for him: gambling"]
)
def test_a_red_line_is_a_refusal(text):
    got = found(text)
    assert ("industry", "avoid", "gambling") in got
    assert ("industry", "must", "gambling") not in got


def test_never_turning_down_a_kind_is_no_refusal_of_it():
    assert ("contract", "avoid", "fixed_term") not in found(
        "He has never once turned down a fixed-term contract."
    )
    assert ("contract", "avoid", "fixed_term") in found(
        "He has turned down every fixed-term contract so far."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian, has no right to work in Chile at the moment.",
        "does not hold a work permit for Norway",
        "In Lima on a visitor visa, without a work permit.",
        "Would need an employer to arrange a work visa for him.",
        "No tiene permiso de trabajo en Chile.",
        "Necesitaría patrocinio para la visa.",
    ],
)
def test_a_lacking_right_to_work_needs_sponsorship(text):
    got = found(text)
    assert ("visa", "must", "needs_sponsorship") in got
    assert not any(c[0] == "location" and c[1] == "avoid" for c in got)


@pytest.mark.parametrize(
    "text",
    [
        "no work permit needed, she's a citizen",
        "her husband has no work permit yet",
        "No necesitaría patrocinio.",
        "Would need an employer to lend her a laptop.",
    ],
)
def test_the_twins_need_no_sponsorship(text):
    assert ("visa", "must", "needs_sponsorship") not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Working from home isolates me - I want to be around people again.",
        "Fully remote got lonely, honestly.",
        "Remote doesn't suit him at all.",
        "Le télétravail ne me convient pas.",
        "El remoto me aísla.",
    ],
)
def test_a_mode_that_does_them_no_good_is_refused(text):
    assert ("work_mode", "avoid", "remote") in found(text)


def test_an_office_wanted_back_in_french_is_onsite():
    got = found("Elle veut retrouver un bureau, le télétravail l'isole.")
    assert ("work_mode", "wish", "onsite") in got
    assert ("work_mode", "avoid", "remote") in got


def test_remote_that_suits_them_is_still_wished():
    assert ("work_mode", "wish", "remote") in found("Remote suits her fine.")


def test_what_they_turn_to_after_a_dash_is_wished():
    got = found("Wants off the lab floor - ops and management now.")
    assert ("management", "wish", "manage") in got
    assert ("management", "avoid", "manage") in found("done with sales - no management now either")


@pytest.mark.parametrize(
    "text",
    [
        "Exams till 10 Dec - but any time for a call.",
        "marking till mid-December but ring me whenever",
        "Busy till January but happy to talk any time.",
    ],
)
def test_a_call_let_through_after_a_busy_spell_is_no_wait(text):
    assert wait_until(text) is None


def test_a_busy_spell_alone_waits():
    assert wait_until("Exams till 10 Dec.") == "2026-12-01"


def test_time_in_the_post_asked_for_is_a_wait():
    assert wait_until("Joined in October - give me a year in the job first.") is not None
    assert wait_until("gave him two years there, then he left") is None


@pytest.mark.parametrize(
    "text",
    [
        "not before Pohela Boishakh",
        "after Pahela Baishakh is better for me",
        "try me after the Bengali New Year",
    ],
)
def test_pohela_boishakh_is_a_day_a_wait_names(text):
    assert wait_until(text) == "2027-04-01"


@pytest.mark.parametrize(
    "text", ["She now holds SC, granted last spring.", "now holds NV1 through her employer"]
)
def test_a_clearance_held_now_is_held(text):
    got = found(text)
    assert any(c[0] == "clearance" and c[1] == "wish" for c in got)
    assert not any(c[0] == "clearance" and c[1] == "avoid" for c in got)


def test_a_clearance_said_not_held_is_not_held():
    assert any(c[:2] == ("clearance", "avoid") for c in found("now has no NV1"))


@pytest.mark.parametrize(
    "text",
    [
        "Wants a big university with a graduate school.",
        "keen on a place with grad students to supervise",
    ],
)
def test_a_universitys_graduate_school_is_no_level(text):
    assert not any(c[0] == "seniority" for c in found(text))


def test_a_graduate_role_is_still_junior():
    assert ("seniority", "wish", "junior") in found("wants a graduate role")
