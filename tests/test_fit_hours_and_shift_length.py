"""Bounds on the working day and on a shift's length, against the hours a role states.

A person bounds the day by the clock - the latest they finish ("can't stay later than 10pm",
"has to be out by 5:30 for nursery", "no closes") or the earliest they start ("cant start before
7.30", "earlies are a no") - and a shift by its length ("no more 12-hour days", "max 10 hour
shifts") or wants long ones ("likes 12s, more days off"). A role's hours come from its text
("dinner service till 1am", "Bakery shifts 5am–1pm", "three long days (12.5h)"). A role outside
the bound goes against it with the role's hours as evidence, and ranks below an equal person
without the bound; one inside it meets it. Bounds told of a past job are no condition. Sentences
are our own.
"""

from datetime import timedelta

import pytest

from data.timeutil import utcnow
from matching.engine import Matcher
from matching.fit import judge
from matching.indexer import index_pool
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts
from tests.factories import make_candidate, make_opening
from tests.fit_helpers import SAID, goes_against, judged, suits


def schedule(text: str) -> set[tuple]:
    return {
        (c.polarity, c.value["kind"], c.value.get("time") or c.value.get("hours"))
        for c in read(text, said_at=SAID)
        if c.facet == "schedule"
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("She can't stay later than 10pm.", ("avoid", "late_finish", "22:00")),
        ("has to be out by 5:30 for nursery", ("must", "late_finish", "17:30")),
        (
            "Nothing past midnight, he's got the kids in the morning",
            ("avoid", "late_finish", "00:00"),
        ),
        ("No lates, no closes.", ("avoid", "late_finish", None)),
        ("cant start before 7.30", ("avoid", "early_start", "07:30")),
        ("NO STARTS BEFORE 9", ("avoid", "early_start", "09:00")),
        ("earlies are a no for him", ("avoid", "early_start", None)),
        ("No more 12-hour days.", ("avoid", "long_shifts", 11.0)),
        ("max 10 hour shifts", ("avoid", "long_shifts", 10.0)),
        ("she won't do long shifts any more", ("avoid", "long_shifts", None)),
        ("Likes 12s - more days off with the kids", ("wish", "long_shifts", None)),
        ("would love long shifts, 4 on 4 off", ("wish", "long_shifts", None)),
    ],
)
def test_a_bound_on_the_day_or_the_shift_is_read(text, want):
    assert want in schedule(text)


@pytest.mark.parametrize(
    "text",
    [
        "At my last place I had to finish by 3 every day.",
        "used to work till 1am at the bar, loved it",
        "needs flexible hours for the school pick up at 3",
        "Not before March, she's on leave.",
        "Sick of the 9-5 grind.",
        "Her previous job was 12-hour shifts.",
    ],
)
def test_a_bound_of_a_past_job_or_no_bound_at_all_is_not_read(text):
    assert not {k for k in schedule(text) if k[1] in ("late_finish", "early_start", "long_shifts")}


LATE_KITCHEN = dict(
    title="Sous Chef", description="Our kitchen runs dinner service till 1am, Wednesday to Sunday."
)
LUNCH = dict(title="Sous Chef", description="Lunch service only, shifts 10am-4pm.")
BAKERY = dict(title="Baker", description="Bakery shifts 5am–1pm, four days a week.")
OFFICE_HOURS = dict(title="Baker", description="Shifts 9am–5pm, Monday to Friday.")
TO_SIX = dict(title="Care Assistant", description="Day shifts 8am-6pm.")
SCHOOL_HOURS = dict(title="Care Assistant", description="Shifts 9am-2.30pm, term time.")
LONG_DAYS = dict(title="Staff Nurse", description="Three long days a week (12.5h), 4 on 4 off.")
EIGHTS = dict(title="Staff Nurse", description="8-hour shifts, five days a week.")


def test_role_hours_are_read_from_its_text():
    assert role_facts(**LATE_KITCHEN).ends == 25 * 60
    assert role_facts(**BAKERY).starts == 5 * 60
    assert role_facts(**LONG_DAYS).shift_hours == 12.5
    assert role_facts(title="Engineer", description="Python, Postgres, AWS.").ends is None


@pytest.mark.parametrize(
    ("note", "against", "within"),
    [
        ("she can't stay later than 11pm", LATE_KITCHEN, LUNCH),
        ("no closes", LATE_KITCHEN, LUNCH),
        ("cant start before 7.30", BAKERY, OFFICE_HOURS),
        ("earlies are a no for him", BAKERY, OFFICE_HOURS),
        ("has to be out by 3 for the school run", TO_SIX, SCHOOL_HOURS),
        ("No more 12-hour days.", LONG_DAYS, EIGHTS),
        ("max 10 hour shifts", LONG_DAYS, EIGHTS),
    ],
)
def test_a_role_outside_the_bound_goes_against_it_and_one_inside_meets_it(note, against, within):
    assert goes_against(note, "schedule", **against)
    assert suits(note, "schedule", **within)


def test_long_days_wanted_suit_a_long_day_role_and_not_an_eight_hour_one():
    note = "prefers long days so she gets 4 days off"
    assert suits(note, "schedule", **LONG_DAYS)
    assert goes_against(note, "schedule", **EIGHTS)


def test_a_role_that_says_nothing_of_its_hours_is_neither():
    got = judged("she can't stay later than 11pm", title="Engineer", description="Python, AWS.")
    assert "schedule" not in got.get("unmet", set()) | got.get("met", set())


def test_the_conflict_names_the_roles_hours():
    note = "won't work beyond 11pm"
    facts = [
        ConditionFact(1, c.facet, c.polarity, c.value, note, SAID, "motivation", 1)
        for c in read(note, said_at=SAID)
    ]
    [j] = [j for j in judge(facts, role_facts(**LATE_KITCHEN), today=SAID) if j.facet == "schedule"]
    assert j.kind == "unmet" and "01:00" in j.sentence and "23:00" in j.sentence
    assert j.evidence["role_hours"]["ends"] == 25 * 60


def test_a_bound_the_role_breaks_ranks_a_person_below_an_equal_without_it(
    engine, fake_embedder, session
):
    opening = make_opening(
        session,
        title="Sous Chef",
        remote_policy="onsite",
        location="Leeds, UK",
        requirements="Kitchen leadership, menu costing",
        offers=["Dinner service till 1am"],
        description="Run the pass for our late dinner service till 1am.",
    )
    chef = dict(
        current_title="Sous Chef",
        location="Leeds, UK",
        skills=["Kitchen leadership", "Menu costing"],
        resume_text="Sous chef running the pass and costing menus.",
    )
    bounded = make_candidate(session, motivations=["I won't work past 11pm any more."], **chef)
    free = make_candidate(session, motivations=["Wants to run a busy pass."], **chef)
    session.commit()
    index_pool(engine, fake_embedder)
    result = Matcher(engine, fake_embedder).match_opening(
        opening.id, top_k=50, now=utcnow() + timedelta(minutes=1)
    )
    by_id = {r.candidate_id: r for r in result.results}
    assert by_id[bounded.id].score < by_id[free.id].score
    assert any("01:00" in c for c in by_id[bounded.id].conflicts)
