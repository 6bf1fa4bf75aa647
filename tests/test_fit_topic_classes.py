"""The fit on a ``topic``: a refusal whose object the role's own text names goes against the role
(a standing conflict, and "standing" when it ended the last process), a wish it names is met,
and a role that does not name it gets no judgement at all (not "check first", even last time).
A word the role names only to say it is absent ("no helicopter work", "confined-space entry not
required") does not count. The twins ("no problem with X", "don't mind X") say nothing. Roles and
sentences are our own."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from matching.wording import condition_phrase
from reading import read
from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, judged, suits

DREDGING = dict(
    title="Marine Engineer",
    description="Maintain the engines on our fleet of dredgers working the Humber estuary.",
)
HARBOUR = dict(
    title="Marine Engineer",
    description="Maintain the engines on our harbour tugs. No dredger work.",
)
SCHOOL = dict(
    title="Learning Technologist",
    description="Support staff across the trust with Blackboard and our video platform.",
)
TANKS = dict(
    title="Maintenance Fitter",
    description="Planned maintenance on process tanks, including rope access to the upper decks.",
)
TANKS_NONE = dict(
    title="Maintenance Fitter",
    description="Planned maintenance on process tanks. Rope access not required.",
)


@pytest.mark.parametrize(
    "note, role",
    [
        ("No more dredgers since the storm.", DREDGING),
        ("sick of Blackboard, wants anything else", SCHOOL),
        ("it's rope access he won't do", TANKS),
        ("Blackboard is a hard no for her.", SCHOOL),
    ],
)
def test_a_refusal_the_role_names_goes_against_it(note, role):
    assert goes_against(note, "topic", **role)


@pytest.mark.parametrize(
    "note, role",
    [
        ("No problem with dredgers.", DREDGING),
        ("Doesn't mind Blackboard.", SCHOOL),
        ("Never had a problem with rope access.", TANKS),
    ],
)
def test_a_twin_says_nothing_of_the_same_role(note, role):
    assert "topic" not in {f for facets in judged(note, **role).values() for f in facets}


def test_a_refuser_ranks_below_a_twin_on_a_role_that_names_it():
    facts = role_facts(**DREDGING)

    def total(note):
        got = [
            ConditionFact(i, c.facet, c.polarity, c.value, "", date(2026, 10, 1), "motivation", 1)
            for i, c in enumerate(read(note, said_at=date(2026, 10, 1)))
        ]
        return sum(j.effect for j in judge(got, facts))

    assert total("no more dredgers, keen on tugs") < total("no problem with dredgers")


@pytest.mark.parametrize(
    "note, role",
    [
        ("keen on dredgers", DREDGING),
        ("wants off Moodle onto Blackboard", SCHOOL),
        ("She loves rope access work.", TANKS),
    ],
)
def test_a_wish_the_role_names_is_met(note, role):
    assert suits(note, "topic", **role) or "topic" in judged(note, **role).get("met", set())


@pytest.mark.parametrize(
    "note, role",
    [
        ("No more dredgers since the storm.", HARBOUR),
        ("it's rope access he won't do", TANKS_NONE),
        ("sick of Moodle", SCHOOL),
        ("keen on dredgers", SCHOOL),
    ],
)
def test_a_role_that_does_not_name_it_hears_nothing(note, role):
    assert judged(note, **role) == {}


def test_last_time_a_refusal_named_is_standing_and_one_not_named_says_nothing():
    note = "Withdrew - it's rope access he won't do."
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, "", date(2026, 10, 1), "application", 7)
        for i, c in enumerate(read(note, said_at=date(2026, 10, 1)))
        if c.facet == "topic"
    ]
    assert facts
    named = judge(facts, role_facts(**TANKS), last_process=7)
    assert [(j.kind, j.conflict) for j in named] == [("standing", True)]
    assert judge(facts, role_facts(**TANKS_NONE), last_process=7) == []


def test_a_topic_is_said_in_its_content_words_in_both_persons():
    (c,) = [c for c in read("No more dredgers since the storm.") if c.facet == "topic"]
    assert condition_phrase(c, person="third") == "would rather not work with dredgers"
    assert condition_phrase(c) == "you mentioned you would rather not work with dredgers"
    (w,) = [c for c in read("keen on the puppet theatre side") if c.facet == "topic"]
    assert condition_phrase(w, person="third") == "is keen on puppet theatre"
    assert "storm" not in condition_phrase(c) and '"' not in condition_phrase(w)
