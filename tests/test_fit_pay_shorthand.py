"""Pay said in recruiters' shorthand, judged like for like: India's CTC is what someone earns now
and ECTC (expected CTC) the ask, in lakhs ("45L", "28-30", "1.2 Cr", "24 LPA") against a band in
rupees; an on-target ask (OTE) is held against the role's on-target earnings and a base ask
against its base band; an ask turned down last time against a band that has since risen is
resolved, and the latest amount said is the one that counts."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

BLR = dict(
    title="Senior Backend Engineer",
    remote_policy="hybrid",
    location="Bengaluru, India",
    salary_min=2_500_000,
    salary_max=3_200_000,
    currency="INR",
)
SALES = dict(
    title="Account Executive",
    remote_policy="hybrid",
    location="Dublin, Ireland",
    salary_min=60_000,
    salary_max=70_000,
    currency="EUR",
    offers=["OTE €140k, uncapped commission"],
)


@pytest.mark.parametrize(
    "note, amount",
    [
        ("ECTC 45L, won't move for less.", 4_500_000),
        ("cctc 20 lpa, expected ctc 26", 2_600_000),
        ("Expecting 1.2 Cr, firm.", 12_000_000),
        ("exp ctc 28-30 lakhs", 2_800_000),
    ],
)
def test_the_expected_ctc_is_the_ask_in_rupees(note, amount):
    pays = at.pays(note)
    assert [(p.value["amount"], p.value["currency"]) for p in pays] == [(amount, "INR")]


@pytest.mark.parametrize(
    "note",
    ["CTC 22 LPA, notice 60 days.", "current CTC is 30L fixed + 4L var", "ctc 18l"],
)
def test_the_ctc_alone_is_what_they_earn_and_no_ask(note):
    assert at.pays(note) == []


@pytest.mark.parametrize(
    "note", ["ECTC 45L, won't move for less.", "expecting 40 LPA minimum", "ECTC 38L firm"]
)
def test_an_expected_ctc_above_the_band_goes_against_it(note):
    assert goes_against(note, "pay", **BLR)


@pytest.mark.parametrize("note", ["CTC 22 LPA, ECTC 28-30.", "ectc 30L, flexible", "exp 27 LPA"])
def test_an_expected_ctc_within_the_band_suits_it(note):
    assert suits(note, "pay", **BLR)


@pytest.mark.parametrize(
    "note", ["Looking for OTE of 130k+.", "wants 135k on target earnings", "OTE around 120k"]
)
def test_an_on_target_ask_is_met_by_the_roles_on_target_earnings(note):
    assert suits(note, "pay", **SALES)


@pytest.mark.parametrize(
    "note", ["Needs a base of at least 95k.", "base 90k minimum", "OTE 180k or nothing"]
)
def test_a_base_ask_above_the_base_band_or_an_ote_above_the_ote_goes_against_it(note):
    assert goes_against(note, "pay", **SALES)


def test_a_role_states_its_on_target_earnings_beside_its_base():
    assert role_facts(**SALES).total_pay == 140_000
    assert role_facts(title="AE", offers=["Base €60-70k"]).total_pay is None


LAST = 7


def _last_time(note: str, **role) -> set[str]:
    facts = [
        ConditionFact(
            i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "application", 7
        )
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    return {j.kind for j in judge(facts, role_facts(**role), last_process=LAST) if j.last_time}


@pytest.mark.parametrize(
    "note", ["Asked 28L, our cap was 24L.", "Declined: wanted 30 LPA, we maxed at 25L", "asked 29L"]
)
def test_an_ask_turned_down_last_time_is_resolved_by_a_band_that_has_risen(note):
    assert _last_time(note, **BLR) == {"resolved"}


@pytest.mark.parametrize(
    "note", ["Asked 40L fixed, our cap was 24L.", "wanted 45 LPA, we offered 30L"]
)
def test_an_ask_still_above_the_risen_band_stands(note):
    assert _last_time(note, **BLR) == {"standing"}


def _kinds_over_time(notes: list[tuple[date, str]], **role) -> set[str]:
    facts, i = [], 0
    for said, note in notes:
        for c in read(note, said_at=said):
            span = note[c.start : c.end]
            facts.append(
                ConditionFact(i, c.facet, c.polarity, c.value, span, said, "touchpoint", i)
            )
            i += 1
    return {j.kind for j in judge(facts, role_facts(**role), today=SAID) if j.facet == "pay"}


@pytest.mark.parametrize(
    "notes, kinds",
    [
        ([(date(2026, 1, 5), "ECTC 45L, firm."), (date(2026, 9, 1), "ready for 30L now")], {"met"}),
        (
            [(date(2026, 1, 5), "ECTC 30L is fine."), (date(2026, 9, 1), "needs 45L+ now")],
            {"unmet"},
        ),
        ([(date(2026, 1, 5), "wants 150k OTE"), (date(2026, 9, 1), "OTE 130k is fine")], {"met"}),
    ],
)
def test_the_latest_amount_said_is_the_one_that_counts(notes, kinds):
    role = BLR if "L" in notes[0][1] else SALES
    assert _kinds_over_time(notes, **role) == kinds


DAY_RATE = dict(
    title="Data Engineer (contract)",
    remote_policy="remote",
    description="Six-month contract. £500-£550 a day, inside IR35.",
)


@pytest.mark.parametrize(
    "note", ["contractor, rate £800/d, won't go lower", "£750/d minimum", "firm on £700 / d"]
)
def test_a_day_rate_written_per_d_above_the_roles_rate_goes_against_it(note):
    assert at.first_pay(note)["period"] == "day"
    assert goes_against(note, "pay", **DAY_RATE)


def test_a_day_rate_written_per_d_within_the_roles_rate_suits_it():
    assert suits("rate £520/d, flexible", "pay", **DAY_RATE)
