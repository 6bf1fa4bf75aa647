"""Last time's terms: an offer refused with its terms after a dash ("Said no to the offer - five
days on site") refuses those office days, so another five-day on-site role goes against it; a past
employer's office mandate someone hated is no objection to a remote role, while finding remote
work isolating and wanting an office goes against one."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 5, 1)


def _work_modes(text: str) -> set[tuple]:
    return {
        (c.polarity, c.value.get("mode"), c.value.get("days"))
        for c in read(text, said_at=SAID)
        if c.facet == "work_mode"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Said no to the offer - five days on site in Internet City, wanted two from home",
        "Turned down our offer - 5 days in the office, she wanted hybrid",
        "cand rejected the offer: 5 days onsite",
    ],
)
def test_an_offer_refused_over_five_office_days_refuses_them(text):
    assert ("avoid", "onsite", 5) in _work_modes(text)


def test_an_offer_accepted_with_its_office_days_is_no_refusal():
    assert ("avoid", "onsite", 5) not in _work_modes("Accepted the offer - 5 days in the office")


def _unmet(note: str, **role) -> set[str]:
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "motivation", 1)
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    return {j.facet for j in judge(facts, role_facts(**role), today=SAID) if j.kind == "unmet"}


REMOTE = dict(title="Customer Success Manager", remote_policy="remote", offers=["Fully remote"])


@pytest.mark.parametrize(
    "note",
    [
        "Hated her last place's five-day office mandate - two hours a day on the M1",
        "the RTO mandate at his old job was awful",
    ],
)
def test_a_past_office_mandate_hated_is_no_objection_to_a_remote_role(note):
    assert "work_mode" not in _unmet(note, **REMOTE)


@pytest.mark.parametrize(
    "note",
    [
        "Found fully remote isolating at her last job - wants an office and a team around her",
        "remote was lonely for him, he wants an office again",
        "I want an office and colleagues, WFH got old.",
    ],
)
def test_an_office_wanted_goes_against_a_remote_role(note):
    assert "work_mode" in _unmet(note, **REMOTE)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Did 3 yrs of rotating shifts at a telco and swore off them.", "shifts"),
        ("did on-call for years, swore off it", "on_call"),
        ("Worked weekends in retail for ages and has sworn off them", "weekends"),
    ],
)
def test_something_done_before_and_sworn_off_is_refused(text, kind):
    assert any(
        c.facet == "schedule" and c.polarity == "avoid" and c.value["kind"] == kind
        for c in read(text, said_at=SAID)
    )


def test_something_done_before_and_not_minded_is_no_refusal():
    found = read(
        "Did 3 yrs of rotating shifts at a telco, genuinely doesn't mind them", said_at=SAID
    )
    assert not any(c.polarity == "avoid" for c in found)
