"""Term-time only as a kind of schedule, which held-out 19 and 23 missed on their first runs:
a person's "term-time only (kids)", "needs the school holidays off" met by a role's "term-time
only, 39 weeks" and going against "52 weeks, school holidays included" or "all year round"; and
the other way, "needs a 52-week contract", "can't afford unpaid holidays" going against a
term-time post. Near-miss twins are left alone: "a long-term time commitment", "after half term",
someone on a 52-week contract now, and a term-time post paid over 52 weeks (still term-time).
Sentences are our own."""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found


@pytest.mark.parametrize(
    "text",
    [
        "term-time only please, she has three at school",
        "He needs the school holidays off - no childcare for the boys.",
        "only after term time hours now the twins have started reception",
        "Wants to be off during the school holidays with her kids.",
    ],
)
def test_term_time_asked_for_is_read(text):
    assert any(
        f[:3] in (("schedule", "wish", "term_time"), ("schedule", "must", "term_time"))
        for f in found(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "has to be a 52-week contract, can't live on pro rata pay",
        "can't afford unpaid school holidays on one income",
        "Term time doesn't work for him - he needs paying all year round.",
    ],
)
def test_term_time_refused_is_read(text):
    assert ("schedule", "avoid", "term_time") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She has a long-term time commitment to the choir on Thursdays.",
        "Call her back after half term.",
        "Currently on a 52-week contract at a nursery.",
    ],
)
def test_a_near_miss_is_no_term_time_condition(text):
    assert not any(f[0] == "schedule" and f[2] == "term_time" for f in found(text))


@pytest.mark.parametrize(
    ("terms", "has", "lacks"),
    [
        ("Term-time only, 38 weeks a year, pro rata salary", {"term_time"}, set()),
        ("Term time post, salary paid over 52 weeks", {"term_time"}, set()),
        ("52 weeks a year, school holidays included", set(), {"term_time"}),
        ("Permanent, all year round", set(), {"term_time"}),
    ],
)
def test_a_roles_year_is_read(terms, has, lacks):
    facts = role_facts(title="Teaching Assistant", description=terms)
    assert has <= set(facts.schedule)
    assert lacks <= set(facts.no_schedule)


_TERM_TIME = dict(title="Teaching Assistant", description="Term-time only, 38 weeks a year.")
_ALL_YEAR = dict(
    title="Nursery Nurse", description="52 weeks a year, open through the school holidays."
)


def test_term_time_asked_for_suits_a_term_time_post():
    assert suits("needs term-time only, her two are at primary", "schedule", **_TERM_TIME)


def test_term_time_asked_for_goes_against_an_all_year_post():
    assert goes_against("needs the school holidays off for the kids", "schedule", **_ALL_YEAR)


def test_a_52_week_contract_asked_for_goes_against_a_term_time_post():
    assert goes_against(
        "she needs a 52-week contract, pro rata won't cover rent", "schedule", **_TERM_TIME
    )
