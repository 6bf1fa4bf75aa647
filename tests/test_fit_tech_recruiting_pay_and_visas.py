"""Pay and visas as in-house tech recruiters in North America write them: a salary said in
thousands with a currency code ("190 CAD base") against a band, an employer-tied visa a move has
to renew ("any move means a new O-1 petition") against a role that sponsors nobody, a person
naturalized since, and a later word on visa status replacing an earlier one (a green card after
"needs a transfer"). Each beside a twin. Sentences are our own.
"""

from datetime import date
from types import SimpleNamespace

import pytest

from data.latest_word import superseded
from reading import read
from tests.fit_helpers import SAID, goes_against

CAD_BAND = dict(title="Senior Engineer", salary_min=150_000, salary_max=175_000, currency="CAD")
NO_SPONSOR = dict(
    title="Backend Engineer",
    description="We cannot sponsor or transfer work visas for this role.",
)


@pytest.mark.parametrize(
    "note", ["won't move for less than 210 CAD base", "needs 200 USD base, has an offer at that"]
)
def test_a_salary_in_thousands_with_a_currency_code_above_the_band_goes_against_it(note):
    assert goes_against(note, "pay", **CAD_BAND)


def test_a_day_rate_with_a_currency_stays_a_day_rate():
    assert not goes_against("€550 minimum a day", "pay", **CAD_BAND)


@pytest.mark.parametrize(
    "note",
    [
        "She's on an O-1 - switching would mean a new O-1 petition.",
        "E-3 holder; changing jobs requires a new E-3.",
        "Any move would need a fresh petition, his O-1 is employer-tied.",
    ],
)
def test_a_visa_a_move_must_renew_goes_against_a_role_that_sponsors_nobody(note):
    assert goes_against(note, "visa", **NO_SPONSOR)


@pytest.mark.parametrize(
    "note", ["Used to be on an O-1, naturalized in 2024.", "Naturalised last spring - no visa."]
)
def test_someone_naturalized_since_holds_the_right_to_work(note):
    assert ("visa", "wish", "has_right_to_work") in {c.key() for c in read(note, said_at=SAID)}
    assert not goes_against(note, "visa", **NO_SPONSOR)


def test_moving_to_a_new_commute_is_no_visa():
    assert not goes_against("moving means a new commute, fine by him", "visa", **NO_SPONSOR)


def _row(i: int, kind: str, polarity: str, said: date):
    return SimpleNamespace(
        id=i,
        candidate_id=1,
        facet="visa",
        polarity=polarity,
        value={"kind": kind},
        said_at=said,
        source_kind="touchpoint",
        source_id=i,
        span_start=0,
        status="read",
    )


def test_a_green_card_said_later_replaces_an_earlier_need_for_sponsorship():
    needs = _row(1, "needs_sponsorship", "must", date(2026, 1, 10))
    card = _row(2, "has_right_to_work", "wish", date(2026, 9, 1))
    assert superseded([needs, card]) == {1}


def test_a_need_for_sponsorship_said_again_later_still_stands():
    first = _row(1, "needs_sponsorship", "must", date(2026, 1, 10))
    again = _row(2, "needs_sponsorship", "must", date(2026, 9, 1))
    assert superseded([first, again]) == set()


def test_both_sides_named_in_one_note_are_two_people_not_a_change():
    needs = _row(1, "needs_sponsorship", "must", date(2026, 9, 1))
    husbands = _row(2, "has_right_to_work", "wish", date(2026, 9, 1))
    assert superseded([needs, husbands]) == set()
