"""A US healthcare and light-industrial agency's words: opt-outs said to "this list" or "this #",
in Spanish or Spanglish ("ya no me manden nada", "pidió que lo saquemos de la lista"), a stop
recalled to y'all and then taken back; waits of a state licence pending and of an assignment that
"ends 1/9"; a busy time of last year that is over; day shifts asked for ("days only", "cand only
works 1st"); a hospital's call; OTR against home daily; "OT is an issue" against "isn't an issue";
a staff job against a travel contract; an hourly ask said bare. Beside each, the near miss that
must not count. Sentences are our own.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 9))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until


# --- opt-outs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Please take me off this list.",
        "remove me from that list thx",
        "take me out of this list asap",
        "do NOT call this number again",
        "quit texting this # again",
        "Stop texting this number.",
        "Cand said no more calls ni texts, she's done with us.",
        "Pidió que lo saquemos de la lista.",
        "Quiere que la eliminemos de la base de datos, ya no busca.",
        "ya no me manden nada por favor",
    ],
)
def test_a_stop_to_this_list_or_this_number_or_in_spanish_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "take me off the weekend float list, weekdays still fine",
        "remove me from this list for the Dallas jobs, keep me on the rest",
        "don't call this number again, email me instead",
        "no more calls ni texts during my shift, email is ok",
        "ya no me manden vacantes de noche, solo de día",
        "Cand pidió que no le mandemos jobs de weekends.",
        "He won't take call anymore after the last rotation.",
    ],
)
def test_a_stop_to_one_list_one_kind_of_job_or_one_way_is_no_opt_out(text):
    assert not opted_out(text)


def test_a_stop_recalled_to_yall_then_looking_again_takes_it_back():
    text = "i know i told yall to stop last spring but im looking again, pls text me"
    assert ("contact", "wish", "opt_in", None) in found(text)
    assert ("contact", "wish", "opt_in", None) not in found("i told yall to stop. i meant it.")


# --- waits -------------------------------------------------------------------------------------


def test_a_state_licence_pending_waits_its_length():
    said = date(2026, 11, 9)
    note = (
        "Washington license by endorsement still pending, 8-10 wks they say. Can't start till then."
    )
    assert wait_until(note, said) == "2027-01-01"
    assert wait_until("can't start until my Texas license is issued", said) == "2027-02-01"
    assert wait_until("Texas license issued 6/2, all set.", said) is None


def test_a_busy_time_of_last_year_is_no_wait():
    said = date(2025, 12, 8)
    assert wait_until("was swamped until christmas last year, free now", said) is None
    assert wait_until("we were slammed thru thanksgiving, all good now", said) is None
    assert wait_until("swamped until christmas, try me after", said) == "2025-12-01"
    assert wait_until("was told he can't start until March", said) == "2026-03-01"


def test_an_assignment_through_us_that_ends_1_9_waits_till_january():
    said = date(2026, 10, 19)
    note = "Placed at Baptist on a 13 wk through us, ends 1/9. Do not submit elsewhere."
    assert wait_until(note, said) == "2027-01-01"
    assert wait_until("her 13 wk at Baptist ended 10/2, ready to go", said) is None


# --- schedule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Days only, she has two kids in elementary.", "nights"),
        ("Cand wants straight days now.", "nights"),
        ("needs day shift, no exceptions", "nights"),
        ("he can only do first shift", "late_finish"),
        ("2nd shift didn't work; cand only works 1st", "late_finish"),
    ],
)
def test_day_shifts_asked_for_refuse_the_night_or_the_evening(text, kind):
    assert ("schedule", "avoid", kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She worked days at Parkland for years, now wants nights for the differential.",
        "wants 3 days a week",
        "asked for days off around Christmas",
        "the unit wants days covered first",
    ],
)
def test_days_worked_off_or_wanted_by_others_ask_for_no_day_shift(text):
    assert ("schedule", "avoid", "nights") not in found(text)
    assert ("schedule", "avoid", "late_finish") not in found(text)


def test_a_hospitals_call_is_on_call_not_the_phone():
    assert ("schedule", "avoid", "on_call") in found("No more weekend call for me.")
    assert ("schedule", "wish", "on_call") in found("happy to take call, the call pay helps")
    refused = found("ok. done being called in at 3am for traumas")
    assert ("schedule", "avoid", "on_call") in refused
    assert not any(f == "contact" for f, *_ in refused)
    assert ("contact", "avoid", "channel", "phone") in found("no calls please, text me")


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("Mandatory overtime is a problem, she has a second job.", "avoid"),
        ("weekend OT is an issue for him", "avoid"),
        ("Mandatory OT is not an issue.", "wish"),
        ("nights aren't an issue for her", "wish"),
    ],
)
def test_an_issue_refuses_and_not_an_issue_accepts(text, polarity):
    kinds = {k for f, p, k, *_ in found(text) if f == "schedule" and p == polarity}
    assert kinds & {"overtime", "nights"}


def test_a_cause_denied_is_still_no_condition():
    assert not any(f == "travel" for f, *_ in found("The travel wasn't the issue, the pay was."))


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("sin problema con los turnos de noche", "wish"),
        ("No tiene problema con el turno de noche.", "wish"),
        ("no puede trabajar de noche por sus hijos", "avoid"),
    ],
)
def test_spanish_nights_fine_or_refused(text, polarity):
    assert ("schedule", polarity, "nights") in found(text)


def test_spanish_sponsorship_needed_or_not():
    assert ("visa", "must", "needs_sponsorship") in found("Necesita patrocinio de visa.")
    assert ("visa", "must", "needs_sponsorship") in found(
        "necesita que la empresa le patrocine la visa"
    )
    assert ("visa", "must", "needs_sponsorship") not in found(
        "no necesita patrocinio, es ciudadana"
    )


def test_a_spanish_husbands_shifts_are_not_hers():
    got = found("Necesita self-schedule porque su marido trabaja turnos rotativos.")
    assert ("schedule", "must", "flexible_hours") in got
    assert not any(f == "schedule" and k == "shifts" for f, p, k, *_ in got)


# --- travel, contract, pay -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("Has to be home daily, his wife works nights.", "avoid"),
        ("home nightly only now, no more OTR", "avoid"),
        ("wants OTR again, the miles pay better", "wish"),
    ],
)
def test_a_drivers_time_away(text, polarity):
    assert ("travel", polarity) in {(f, p) for f, p, *_ in found(text)}


def test_a_drivers_past_otr_is_nothing_asked():
    assert not any(f == "travel" for f, *_ in found("He drove OTR for Swift for six years."))


def test_a_staff_job_is_permanent_work_and_a_staff_role_is_a_level():
    assert ("contract", "wish", "permanent") in found("wants a staff job with benefits")
    assert ("contract", "wish", "permanent") in found("She wants to go staff at Presbyterian.")
    got = found("wants to move into a staff role on the platform team")
    assert ("seniority", "wish", "staff") in got
    assert not any(f == "contract" for f, *_ in got)
    assert ("contract", "wish", "contract") in found("ready for another 13 week assignment")
    assert wait_until("ready for another 13 week assignment") is None


def test_an_offer_turned_down_is_no_wish_for_it():
    got = found("Was offered a 13-week contract; only wants a staff position now.")
    assert ("contract", "must", "permanent") in got
    assert ("contract", "wish", "contract") not in got


def test_an_hourly_rate_said_with_min_after_it_is_a_floor():
    assert _AT.first_pay("28/hr min") == {
        "amount": 28,
        "currency": None,
        "period": "hour",
        "kind": "floor",
    }
    assert _AT.first_pay("id take 24 for nights")["amount"] == 24000
