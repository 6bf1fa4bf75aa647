"""Classes the last strangers' sets left, fixed before the next ones were read, in our own wording.

- Away until a month, said in the past ("was on sabbatical until August, back since September"),
  is behind them; "is on sabbatical until August" still waits.
- "After Thanksgiving" is the Monday after its long weekend, so the list for that week has them.
- A figure after an amount said with its money takes that money and period when it is of the
  same size ("we offered AED 28k a month and she wanted 35k").
- An offer declined over pay in any currency's code names what we offered.
- Office days refused at a named place refuse the days, not the place ("won't do five days a
  week in London" is no objection to a hybrid London role).
- Searching now ("booked until December, looking now") is no wait, whatever the date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

NOV = ReadAt(date(2026, 11, 4))


@pytest.mark.parametrize(
    "note",
    [
        "Was on sabbatical until August, back since September.",
        "was on mat leave until sept, now back full time",
        "He was away on a career break until October and is now looking.",
        "Was travelling till May, home now.",
    ],
)
def test_away_until_a_month_said_in_the_past_is_no_wait(note):
    assert NOV.wait_until(note) is None


@pytest.mark.parametrize(
    "note, until",
    [
        ("Is on sabbatical until August.", "2027-08-01"),
        ("She was told she can't start until March.", "2027-03-01"),
    ],
)
def test_away_until_a_month_still_ahead_still_waits(note, until):
    assert NOV.wait_until(note) == until


def test_after_thanksgiving_said_weeks_before_is_the_monday_after():
    assert NOV.wait_day("Try me after Thanksgiving.", date(2026, 10, 1)) == "2026-11-30"


@pytest.mark.parametrize(
    "note, currency, period",
    [
        ("Offer was AED 28k pm, she asked for 35k.", "AED", "month"),
        ("we offered SAR 32,000/month; he wanted 38k", "SAR", "month"),
        ("On $96k now, wants 110k.", "USD", "year"),
    ],
)
def test_a_bare_figure_takes_the_money_of_the_amount_before_it(note, currency, period):
    pay = NOV.first_pay(note)
    assert (pay["currency"], pay["period"]) == (currency, period), pay


def test_a_figure_of_another_size_keeps_its_own_money():
    assert NOV.first_pay("On £60k, wants 400k of equity lol")["currency"] is None


@pytest.mark.parametrize(
    "note, offered",
    [
        ("our offer was AED 28k a month, she wanted more", 28_000),
        ("Turned us down; we offered SAR 40,000 monthly", 40_000),
    ],
)
def test_an_offer_in_any_currency_code_is_what_we_offered(note, offered):
    from matching.past_reason import _asked_amount

    assert _asked_amount(note) == (offered, True)


@pytest.mark.parametrize(
    "note",
    [
        "Won't do five days a week in London.",
        "Won't work five days in the office in Leeds, hybrid ok.",
        "Declined five days on-site in Munich; would consider hybrid or remote.",
    ],
)
def test_office_days_refused_at_a_place_do_not_refuse_the_place(note):
    found = {f[:2] for f in NOV.found(note)}
    assert ("work_mode", "avoid") in found
    assert ("location", "avoid") not in found, found


def test_a_move_refused_beside_office_days_is_still_refused():
    found = NOV.found("Won't do five days a week in the office; also won't relocate to London.")
    assert any(f[0] == "relocation" for f in found), found


@pytest.mark.parametrize(
    "note",
    [
        "Booked until December, looking now.",
        "Contract ends in March, interviewing now to line something up.",
        "On assignment until Feb; open to conversations now.",
    ],
)
def test_searching_now_is_no_wait(note):
    assert NOV.wait_until(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "Not looking now, try after Easter.",
        "Contract until June - isn't looking now.",
        "Not open to offers now, back in touch after the summer.",
    ],
)
def test_not_searching_now_still_waits(note):
    assert NOV.wait_until(note) is not None


# --- A window to leave them be: "no calls during Ramadan, any other time is fine" ------------


def _facts(note: str, said: date):
    from matching.judgements import ConditionFact
    from reading import read

    return [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], said, "touch", 1)
        for i, c in enumerate(read(note, said_at=said))
    ]


@pytest.mark.parametrize(
    "note, inside",
    [
        ("No calls during Ramadan, any other time is fine.", date(2027, 2, 20)),
        ("Please no contact over Chinese New Year.", date(2027, 2, 9)),
        ("not during ramadan - after that is fine", date(2027, 2, 20)),
        ("No calls in December please, otherwise happy to talk.", date(2026, 12, 14)),
    ],
)
def test_a_window_said_before_it_leaves_them_open_now_and_holds_only_inside_it(note, inside):
    from matching.judgements import waiting_until

    facts = _facts(note, date(2026, 11, 23))
    assert waiting_until(facts, date(2026, 11, 23)) is None  # open now
    assert waiting_until(facts, inside) is not None  # left be while it lasts
    assert waiting_until(facts, date(2027, 6, 1)) is None  # open again after it


def test_a_window_said_inside_it_is_a_wait_to_its_end():
    from matching.judgements import waiting_until

    facts = _facts("Please no contact during Ramadan.", date(2027, 2, 20))
    assert waiting_until(facts, date(2027, 2, 20)) is not None


def test_a_time_to_leave_them_be_is_no_refusal_of_the_phone():
    assert not any(f[0] == "contact" for f in NOV.found("No calls in December please."))
    assert ("contact", "avoid") in {f[:2] for f in NOV.found("no calls please, email only")}


def test_not_in_a_month_alone_is_left_to_the_waits():
    facts = _facts("not in March", date(2026, 11, 23))
    assert all("from" not in f.value for f in facts)


# --- Office hours, and a length wanted ------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["Asked not to be called during office hours.", "No calls in office hours please."]
)
def test_office_hours_are_a_time_of_day_not_the_office_or_the_phone(note):
    assert NOV.found(note) == set()


def test_the_office_itself_is_still_the_office():
    assert ("work_mode", "avoid") in {f[:2] for f in NOV.found("hates the office")}


@pytest.mark.parametrize(
    "note", ["Wants a 12-month minimum, nothing shorter.", "after an 18-month engagement ideally"]
)
def test_a_length_wanted_is_no_wait(note):
    assert NOV.wait_until(note) is None


def test_a_stay_of_a_length_is_still_a_wait():
    assert NOV.wait_until("will stay put for 12 months minimum") == "2027-11-01"


@pytest.mark.parametrize(
    "note",
    [
        "overnights not doable for her.",
        "Overnights aren't possible with the kids.",
        "The 50% travel isn't doable with the kids.",
    ],
)
def test_travel_said_not_doable_is_refused(note):
    assert ("travel", "avoid") in {f[:2] for f in NOV.found(note)}


def test_overnights_said_fine_are_still_fine():
    assert ("travel", "wish") in {f[:2] for f in NOV.found("Overnights are fine.")}
