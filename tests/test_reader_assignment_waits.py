"""A contractor's assignment as a wait: an extension being served runs its length from its start
(a UK day-first date, a month, or the day said), an assignment that "runs to" a month waits for
it, and a wait to "the end of" a month holds through that month's last day, so the weekly list
does not call on the first of it. Beside each, an extension that is not theirs to serve (a
visa's, a house's), one turned down or behind them. Sentences are our own.
"""

from datetime import date

import pytest

from matching.judgements import ConditionFact, waiting_until
from reading import read
from tests.reading_helpers import ReadAt

SAID = date(2026, 9, 14)
_AT = ReadAt(SAID)
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    "text, said, until",
    [
        # counted from the start said, day first as a UK note writes it
        ("Agreed a 3-month extension starting 01/12, not free before it ends.", SAID, "2027-03-01"),
        ("Client extended her for six months from 1st November.", SAID, "2027-05-01"),
        ("Renewed for another 4 months from January - on the bench after.", SAID, "2027-05-01"),
        # from the day said when no start is given
        ("Just signed a nine-month extension at the Met Office.", SAID, "2027-06-01"),
        ("He's on a 6 month contract extension with Sky, so not looking.", SAID, "2027-03-01"),
        # the end said wins over the length counted
        ("Took a 6-month extension at Aviva, finishes end of January.", SAID, "2027-01-01"),
    ],
)
def test_a_contract_extension_being_served_is_a_wait_to_its_end(text, said, until):
    assert wait_until(text, said) == until


@pytest.mark.parametrize(
    "text",
    [
        "Visa extension of 6 months came through last week.",
        "Turned down a 6-month extension, available from Monday.",
        "Had a 3-month extension at Lloyds last year.",
        "Building a rear extension - 4 months of builders, but happy to interview.",
        "Hoping for a 6-month extension at the bank.",
    ],
)
def test_an_extension_not_theirs_to_serve_or_not_taken_is_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text, until",
    [
        ("Placement at the trust runs until March, won't walk out on it.", "2027-03-01"),
        ("Her secondment runs to the end of January.", "2027-01-01"),
        ("Signed on at Capita again, the assignment goes on till February.", "2027-02-01"),
    ],
)
def test_an_assignment_that_runs_to_a_month_waits_for_it(text, until):
    assert wait_until(text) == until


def test_a_sale_that_runs_to_a_month_is_no_wait():
    assert wait_until("The winter sale runs to January, the shop is heaving.") is None


@pytest.mark.parametrize(
    "text, last_day",
    [
        ("Bonus pays out end of March, not moving before.", "2027-03-31"),
        ("Won't leave before the end of February - the audit.", "2027-02-28"),
        ("Contract at the council runs to the end of April.", "2027-04-30"),
    ],
)
def test_a_wait_to_the_end_of_a_month_holds_through_its_last_day(text, last_day):
    (wait,) = [c for c in read(text, said_at=SAID) if c.facet == "wait"]
    assert wait.value["until"] == last_day[:8] + "01"  # the month, as the conventions label it
    assert wait.value["day"] == last_day
    fact = ConditionFact(1, "wait", "must", wait.value, text, SAID, "touchpoint", 1)
    first_of_month = date.fromisoformat(last_day[:8] + "01")
    assert waiting_until([fact], first_of_month) == date.fromisoformat(last_day)


def test_the_start_or_middle_of_a_month_keeps_the_first_of_it():
    for text in ("Not before early March.", "Nothing till mid-March."):
        (wait,) = [c for c in read(text, said_at=SAID) if c.facet == "wait"]
        assert wait.value == {"until": "2027-03-01"}
