"""Known misses of held-out 65 (North American tech recruiting), by class, in our own wording.

Classes:
1. "Opposed to X" (and "objects to X") refuses X, as "averse to X" and "against X" do; "not
   opposed to X" and "isn't opposed to X" do not, and "as opposed to X" is a contrast.
2. A vesting cliff with its date ("the 1-year cliff hits in March", "cliff is Feb 15"): the date
   says when the wait ends, not the cliff's length counted from the day said.
3. A start barred before a date, said with "no" ("no new job before Jan 10", "no start before
   March") or with a longer "can't ... before" ("can't take a new job before Jan 10").
4. A duration said with a tilde or "approx." ("~3 months", "approx. six weeks") after a cue
   that holds them is a wait, as "about 3 months" is; a past stay ("~2 years ago") is not.
5. Spanish "not before <month>" with its "no" on either side ("no antes de abril", "antes de
   abril no") is a wait, not a refusal of the month; Hindi "<month> se free hoon" (free from the
   month) is a wait to that month.
6. Hindi typed in Latin letters: "sponsorship ki zaroorat nahi" needs no sponsorship; "sirf
   remote" is remote only; "office chalega" (the office will do) is happy in the office.
"""

from __future__ import annotations

from datetime import date

from tests.reading_helpers import ReadAt

R = ReadAt(date(2026, 11, 1))


def _kinds(text: str, facet: str) -> set[tuple]:
    return {(f[1], f[2]) for f in R.found(text) if f[0] == facet}


# 1. "opposed to"


def test_opposed_to_refuses_and_not_opposed_does_not():
    assert ("avoid", "on_call") in _kinds("He's strongly opposed to being on call", "schedule")
    assert ("avoid", "manage") in _kinds("she is opposed to people management", "management")
    assert ("avoid", "weekends") in _kinds("objects to working weekends", "schedule")
    assert ("avoid", "on_call") not in _kinds("not opposed to an on-call rota", "schedule")
    assert ("avoid", "manage") not in _kinds("isn't opposed to managing people", "management")
    assert ("avoid", "manage") not in _kinds("no longer opposed to managing", "management")


def test_opposed_to_travel_rules_out_travel_but_not_opposed_does_not():
    assert ("travel", "avoid") in {(f[0], f[1]) for f in R.found("opposed to any travel")}
    assert ("travel", "avoid") not in {(f[0], f[1]) for f in R.found("not opposed to some travel")}


# 2. a vesting cliff with its date


def test_a_dated_cliff_waits_for_its_date_not_its_length():
    assert R.wait_until("My 1-year cliff hits in March, staying till then") == "2027-03-01"
    assert R.wait_until("one year RSU cliff is Jan 20 - not leaving before") == "2027-01-01"
    # said last winter, the cliff is long past by now
    assert R.wait_until("one year RSU cliff is Jan 20", said_at=date(2025, 12, 1)) == "2026-01-01"


# 3. a start barred before a date


def test_no_start_before_a_date_is_a_wait():
    assert R.wait_until("The package says no new job before Jan 10.") == "2027-01-01"
    assert R.wait_until("no start before March for her") == "2027-03-01"
    assert R.wait_until("he can't take a new job before Jan 10") == "2027-01-01"
    assert R.wait_until("no calls before 9am please") is None


# 4. a duration with a tilde


def test_a_tilde_duration_after_a_hold_is_a_wait():
    assert R.wait_until("Staying put till the green card clears, ~3 months.") == "2027-02-01"
    assert R.wait_until("not moving till the deal closes, approx. two months") == "2027-01-01"
    assert R.wait_until("started there ~2 years ago") is None


# 5. Spanish "no antes de", Hindi "se free"


def test_spanish_not_before_a_month_either_side():
    assert R.wait_until("No antes de abril, espero mi bono.") == "2027-04-01"
    assert R.wait_until("antes de abril no, por el bono") == "2027-04-01"
    assert not _kinds("No antes de abril, espero mi bono.", "topic")


def test_hindi_free_from_a_month():
    assert R.wait_until("Dec mein shift ho raha hoon, March se free hoon") == "2027-03-01"
    assert R.wait_until("April se available hai") == "2027-04-01"


# 6. Hindi needs, only, will do


def test_hindi_no_need_for_sponsorship():
    assert ("must", "needs_sponsorship") not in _kinds(
        "GC aa gaya, ab visa sponsorship ki zarurat nahi", "visa"
    )
    assert ("must", "needs_sponsorship") in _kinds("sponsorship ki zarurat hogi", "visa")


def test_hindi_remote_only_and_office_will_do():
    assert ("must", "remote") in _kinds("bas ghar pe hoon, sirf remote", "work_mode")
    assert ("wish", "onsite") in _kinds("ab office chal jayega", "work_mode")
