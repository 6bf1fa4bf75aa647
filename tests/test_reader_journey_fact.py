"""A short journey said of a place as a fact ("Parra is 30 min on the train for her", "10 min
from Changi Business Park") is no cap on the commute, so it does not stand against an office in
that place; a cap said as one ("max 45 min door to door") still is."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 5, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Parra is 30 min on the train for her",
        "Stays in Tampines, 10 min from Changi Business Park.",
        "Westlands is easy from Kileleshwa, 15 min drive",
        "the office in Chatswood's only 20 mins on the bus for him",
    ],
)
def test_a_short_journey_to_a_place_is_no_commute_cap(text):
    assert not any(k[0] == "commute" for k in AT.found(text))


@pytest.mark.parametrize(
    "text, minutes",
    [
        ("Max 45 min door to door", 45),
        ("30 min commute max", 30),
        ("commute under 30 mins please", 30),
    ],
)
def test_a_cap_said_as_one_stays_a_cap(text, minutes):
    found = read(text, said_at=AT.said_at)
    assert any(
        c.facet == "commute" and c.polarity == "must" and c.value["minutes"] == minutes
        for c in found
    )


def test_a_short_journey_to_the_office_town_is_no_objection_to_it():
    note = "Parra is 30 min on the train for her"
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], None, "motivation", 1)
        for i, c in enumerate(read(note, said_at=date(2026, 5, 1)))
    ]
    role = role_facts(
        title="Customer Success Manager",
        remote_policy="hybrid",
        location="Parramatta, NSW, Australia",
        offers=["Three days a week at our Parramatta Square office"],
    )
    found = judge(facts, role, person_location="Sydney, NSW, Australia")
    assert not any(j.facet == "commute" and j.kind == "unmet" for j in found)
