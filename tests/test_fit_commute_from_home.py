"""A commute said by where it starts ("two hours from Rongai", "travels in from Thamesmead every
day and it's killing her", "lives way out in Bukit Batok, a real trek"): a commute condition
that keeps the place it starts from and its minutes, never a wish to work in that place; it
goes against an office elsewhere when they complain of it, and an office where the journey
starts meets it; one only stated asks for a shorter one. A journey told as it is now, a home
said to be near, a flight in: nothing. Sentences are our own."""

from datetime import date

import pytest

from matching.fit import judge_condition
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import RoleFacts

SAID = date(2026, 3, 14)


def commutes(text: str) -> list[tuple[str, int | None, str | None]]:
    return [
        (c.polarity, c.value.get("minutes"), c.value.get("from"))
        for c in read(text, said_at=SAID)
        if c.facet == "commute"
    ]


def places(text: str) -> set[str]:
    return {c.value["place"].casefold() for c in read(text, said_at=SAID) if c.facet == "location"}


@pytest.mark.parametrize(
    ("text", "minutes", "origin"),
    [
        ("She travels in from Thamesmead every day and it's killing her.", None, "Thamesmead"),
        ("1h40 each way from Harlow - she's had enough", 100, "Harlow"),
        ("comes in from Tampines daily, way too far", None, "Tampines"),
        ("lives way out in Bukit Batok, a real trek", None, "Bukit Batok"),
        ("Declined: the site is 3 hours from Nakuru.", 180, "Nakuru"),
        ("2 hrs each way from luton, too far for him", 120, "Luton"),  # lower case, a known town
        ("commutes in from Reading every day, fed up with it", None, "Reading"),
    ],
)
def test_a_journey_from_home_they_complain_of_is_a_refused_commute_from_that_place(
    text, minutes, origin
):
    assert commutes(text) == [("avoid", minutes, origin)]
    assert origin.casefold() not in places(text)  # where they live is no wish to work there


@pytest.mark.parametrize(
    ("text", "minutes", "origin"),
    [
        ("an hour on the bus from Ilford", 60, "Ilford"),
        ("75 min door to door from Woking", 75, "Woking"),
        ("drives in from Kajiado every day", None, "Kajiado"),
    ],
)
def test_a_journey_from_home_only_stated_is_no_refusal_and_keeps_its_start(text, minutes, origin):
    got = commutes(text)
    assert got and got[0][0] in ("wish", "must") and got[0][2] == origin
    if minutes is not None:
        assert got[0][1] == minutes


@pytest.mark.parametrize(
    "text",
    [
        "Currently drives 40 mins each way from Harlow.",
        "lives 5 minutes from Canary Wharf",
        "flew in from Lagos for the final round, three hours from Abuja",
        "Moving from Leeds to London in May.",
        "Works from Leeds; the rest from home.",
    ],
)
def test_a_journey_as_it_is_now_a_home_near_or_a_trip_is_no_refused_commute(text):
    assert not any(p != "wish" for p, _, _ in commutes(text))
    assert not any(o for _, _, o in commutes(text) if o in ("Canary Wharf", "Abuja", "Lagos"))


def _judged(text: str, role: RoleFacts) -> set[str]:
    kinds = set()
    for i, c in enumerate(read(text, said_at=SAID), 1):
        if c.facet != "commute":
            continue
        fact = ConditionFact(
            i, c.facet, c.polarity, c.value, text[c.start : c.end], c.said_at, "motivation", 7
        )
        if (j := judge_condition(fact, role)) is not None:
            kinds.add(j.kind)
            if j.kind == "unmet":
                assert j.effect < 0 and j.evidence["value"]["from"]  # shown with what was said
    return kinds


WHARF = RoleFacts(work_mode="onsite", city="Canary Wharf", location="Canary Wharf, London")
THAMESMEAD = RoleFacts(work_mode="onsite", city="Thamesmead", location="Thamesmead, London")
REMOTE = RoleFacts(work_mode="remote")


def test_a_refused_journey_from_home_goes_against_an_office_elsewhere_only():
    said = "She travels in from Thamesmead every day and it's killing her."
    assert _judged(said, WHARF) == {"unmet"}
    assert _judged(said, THAMESMEAD) == {"met"}
    assert _judged(said, REMOTE) == {"met"}


def test_a_journey_from_home_only_stated_is_no_conflict_with_an_office_elsewhere():
    said = "75 min door to door from Woking"
    assert "unmet" not in _judged(said, WHARF)
    assert _judged(said, REMOTE) == {"met"}
    assert _judged("drives in from Kajiado every day", REMOTE) == set()
