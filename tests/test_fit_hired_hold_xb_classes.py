"""Someone hired or placed through us a few weeks ago is left to settle, in cases of our own.

Class: an application that ended "hired" in the last months holds the person back in the fit
(a wait judgement, so they sink below people free to move) for ``SETTLE_MONTHS`` from the hire.
Twins left alone: a hire long ago (the months have run out), and a hire followed by a later
word on timing ("the placement has ended, free now"), which replaces it as a later wait would.
"""

from datetime import UTC, date, datetime, timedelta

from matching.facts import ApplicationFact, PersonFacts
from matching.fit import judge_person
from matching.judgements import ConditionFact, hired_until
from matching.role import Role

NOW = datetime(2026, 11, 20, 10, tzinfo=UTC)
ROLE = Role(title="Payroll Officer", requirements="Payroll experience")


def _hired(days_ago: int, outcome: str = "hired") -> ApplicationFact:
    decided = NOW - timedelta(days=days_ago)
    return ApplicationFact(
        1, "Payroll Officer", decided - timedelta(days=30), decided, "offer", outcome,
        None, None, None, None, None,
    )  # fmt: skip


def _person(apps, conditions=()) -> PersonFacts:
    return PersonFacts(
        7, "p7", "Ada Quill", "Leeds, UK", "Payroll Officer", None, 5.0, [],
        applications=list(apps), conditions=list(conditions),
    )  # fmt: skip


def _waits(person) -> list:
    return [j for j in judge_person(person, ROLE, NOW) if j.kind == "wait"]


def test_a_hire_five_weeks_ago_holds_them_back():
    held = _waits(_person([_hired(35)]))
    assert held and held[0].effect < 0
    assert hired_until([_hired(35)], [], NOW.date()) is not None


def test_the_hold_runs_out_after_the_settling_months():
    assert hired_until([_hired(35)], [], date(2027, 6, 1)) is None


def test_a_hire_years_ago_is_no_hold():
    assert not _waits(_person([_hired(1000)]))


def test_a_process_that_did_not_end_in_a_hire_is_no_hold():
    assert not _waits(_person([_hired(35, "rejected")]))


def test_a_later_word_on_timing_replaces_the_hold():
    free_now = ConditionFact(
        3, "wait", "must", {"until": "2026-11-01"}, "free now", date(2026, 11, 10), "touchpoint", 9
    )
    assert not _waits(_person([_hired(35)], [free_now]))
