"""Standing objections a person keeps, read from their words and judged against the role's own
terms: working another region's hours, travel limits, a visa that needs a new sponsor, a cap on
hours, a commute refused, and an ask in another currency and period. Each must lower the person
(an ``unmet`` judgement) against a role that goes against it, and an acceptance of the same
terms ("US shift suits me", "the GO train twice a week is fine") must not."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 10, 1)


def facts(note: str) -> list[ConditionFact]:
    return [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "motivation", 1)
        for i, c in enumerate(read(note, said_at=SAID))
    ]


def kinds(note: str, person_location: str | None = None, **role) -> dict[str, set[str]]:
    role.setdefault("title", "Engineer")
    found = judge(facts(note), role_facts(**role), person_location=person_location, today=SAID)
    out: dict[str, set[str]] = {}
    for j in found:
        out.setdefault(j.kind, set()).add(j.facet)
    return out


def lowered(note: str, facet: str, **role) -> bool:
    return facet in kinds(note, **role).get("unmet", set())


US_SHIFT = dict(
    title="Data Engineer (US shift, 6:30 PM - 3:30 AM IST)",
    remote_policy="hybrid",
    location="Pune, India",
)
UK_HOURS = dict(
    title="Support Analyst",
    remote_policy="onsite",
    location="Bengaluru, India",
    offers=["Night shift aligned to UK hours"],
)


@pytest.mark.parametrize(
    "note",
    [
        "did US shift for three years at an MNC - never again",
        "Cand done with US shifts, wants day shift only",
        "not doing night shift again, wrecked my health",
        "she's said no more graveyard shifts",
        "wont do us shift anymore",
        "Hi, I'm not willing to work US hours from India again.",
    ],
)
def test_another_regions_hours_refused_lowers_a_role_on_those_hours(note):
    assert lowered(note, "schedule", **US_SHIFT)


@pytest.mark.parametrize(
    "note",
    ["done with UK hours from India, night shifts killed me", "no night shift please"],
)
def test_uk_hours_and_night_shift_refused_lower_a_night_role(note):
    assert lowered(note, "schedule", **UK_HOURS)


@pytest.mark.parametrize(
    "note",
    ["US shift suits me, mornings free for the gym", "happy on US shift", "open to night shifts"],
)
def test_another_regions_hours_accepted_is_no_objection(note):
    got = kinds(note, **US_SHIFT)
    assert "schedule" not in got.get("unmet", set())
    assert "location" not in got.get("unmet", set())  # "US shift" is no wish to live in the US


TRAVEL_HALF = dict(
    title="Account Executive",
    remote_policy="hybrid",
    location="Dublin, Ireland",
    offers=["Up to 50% travel across the UK and Ireland, most weeks two nights away"],
)
ABROAD = dict(
    title="Customer Success Manager",
    remote_policy="hybrid",
    location="Pune, India",
    offers=["Quarterly trips to our customers in London and New York"],
)


@pytest.mark.parametrize(
    "note",
    [
        "max one night away a month since the baby",
        "cand: no overnight travel, kids",
        "no more than 10% travel",
        "a night away a month is her limit",
        "I can do a night away a month, no more.",
    ],
)
def test_a_travel_limit_lowers_a_role_on_the_road_half_the_time(note):
    assert lowered(note, "travel", **TRAVEL_HALF)


@pytest.mark.parametrize(
    "note",
    [
        "would travel if it's domestic only",
        "domestic travel only - no long-haul",
        "happy to travel within India but not abroad",
        "He won't travel internationally.",
    ],
)
def test_domestic_only_lowers_a_role_travelling_abroad(note):
    assert lowered(note, "travel", **ABROAD)


def test_domestic_only_is_no_objection_to_trips_at_home():
    role = {**ABROAD, "offers": ["Monthly visits to customers in Mumbai and Delhi"]}
    assert not lowered("domestic travel only", "travel", **role)


NO_SPONSOR = dict(
    title="Data Engineer",
    remote_policy="remote",
    location="Remote (US)",
    offers=["We cannot sponsor or transfer H-1B visas"],
)


@pytest.mark.parametrize(
    "note",
    [
        "on H-1B with current employer, would need a transfer to move",
        "cand on h1b - needs transfer",
        "She's on an H1-B, so the new company would have to transfer it.",
        "Currently on a Skilled Worker visa, would need a new sponsor.",
        "on tier 2 visa, needs sponsorship to move",
    ],
)
def test_a_visa_needing_a_new_sponsor_lowers_a_role_that_will_not(note):
    assert lowered(note, "visa", **NO_SPONSOR)


@pytest.mark.parametrize(
    "note",
    [
        "green card holder since last year",
        "US citizen, no sponsorship needed",
        "has settled status",
        "became a citizen in 2024",
    ],
)
def test_a_right_to_work_is_no_objection(note):
    assert not lowered(note, "visa", **NO_SPONSOR)


FULL_TIME = dict(
    title="Frontend Engineer",
    remote_policy="hybrid",
    location="Toronto, Canada",
    offers=["Full-time, 40 hours a week"],
)


@pytest.mark.parametrize(
    "note",
    [
        "3 days/wk max for the foreseeable, school run both ends",
        "three days a week max",
        "no more than 24 hours a week",
        "school hours only",
        "can only work 3 days a week",
    ],
)
def test_an_hours_cap_lowers_a_full_time_role(note):
    assert lowered(note, "schedule", **FULL_TIME)


@pytest.mark.parametrize(
    "note", ["full time is fine now the kids are at school", "happy with full-time hours"]
)
def test_full_time_accepted_is_no_objection(note):
    assert not lowered(note, "schedule", **FULL_TIME)


LAGOS = dict(
    title="Data Engineer",
    remote_policy="onsite",
    location="Lagos (Victoria Island), Nigeria",
    offers=["Office-based in Victoria Island, Monday to Friday"],
)
TORONTO = dict(
    title="SRE",
    remote_policy="hybrid",
    location="Toronto, ON, Canada",
    offers=["In the King West office Tuesdays and Thursdays"],
)


@pytest.mark.parametrize(
    "note",
    [
        "Not doing Ikorodu to VI every day, the traffic is madness",
        "she's not doing the Lekki to Ikeja drive daily again",
        "90 mins each way from Swindon - not again",
        "the commute into town is a dealbreaker",
        "refuses to do the daily drive downtown",
    ],
)
def test_a_commute_refused_lowers_a_five_day_office_role(note):
    assert lowered(note, "commute", **LAGOS)


def test_a_commute_refused_more_than_once_a_month_lowers_a_two_day_role():
    note = (
        "carter said the drive from oakville to downtown is a deal breaker more than once a month"
    )
    assert lowered(note, "commute", **TORONTO)


@pytest.mark.parametrize(
    "note",
    [
        "Lives in Ikorodu, used to the run to the Island, leaves at 5am",
        "emily said the go train to union is fine two days a week",
        "90 mins each way from Swindon",
        "commute's no problem for him",
    ],
)
def test_a_commute_said_to_be_fine_or_only_stated_is_no_objection(note):
    got = kinds(note, **LAGOS)
    assert "commute" not in got.get("unmet", set())
    got = kinds(note, **FULL_TIME)
    assert "schedule" not in got.get("unmet", set())  # "two days a week" is no part-time ask


NGN = dict(
    title="Frontend Engineer",
    remote_policy="onsite",
    location="Lagos, Nigeria",
    salary_min=12_000_000,
    salary_max=15_000_000,
    currency="NGN",
)


@pytest.mark.parametrize(
    "note",
    [
        "Expecting N1.5m monthly net. Will not consider below that.",
        "wants ₦1.6m a month",
        "asking NGN 1,500,000 per month",
        "expects 20m naira a year",
        "her ask is N1.4 million monthly",
    ],
)
def test_a_naira_ask_above_the_band_lowers_the_person(note):
    assert lowered(note, "pay", **NGN)


@pytest.mark.parametrize(
    "note", ["N900k a month is fine for her plus HMO", "on N800k monthly now", "expects ₦1m pm"]
)
def test_a_naira_ask_within_the_band_or_current_pay_is_no_objection(note):
    assert not lowered(note, "pay", **NGN)


@pytest.mark.parametrize(
    "note, role",
    [
        ("ECTC 45 LPA firm", dict(salary_min=2_500_000, salary_max=3_200_000, currency="INR")),
        ("expecting R95k pm CTC", dict(salary_min=700_000, salary_max=780_000, currency="ZAR")),
        (
            "wants NZ$150k plus KiwiSaver",
            dict(salary_min=120_000, salary_max=132_000, currency="NZD"),
        ),
        ("$85/hr W2 minimum", dict(salary_min=120_000, salary_max=140_000, currency="USD")),
        ("looking for 140K CAD+", dict(salary_min=115_000, salary_max=120_000, currency="CAD")),
    ],
)
def test_asks_above_the_band_in_other_currencies_lower_the_person(note, role):
    assert lowered(note, "pay", title="Engineer", remote_policy="remote", **role)
