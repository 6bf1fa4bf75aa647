"""A person's notes over time: when a later note contradicts an earlier one on the same subject
(a refusal then an acceptance, or the other way), the later word counts in the next search and
the earlier one no longer stands against a role; a recruiter's own condition beats anything
read; conditions that merely sit side by side on one facet both stay."""

from datetime import timedelta

import pytest

from data.condition_edits import add
from data.conditions import active_conditions
from data.timeutil import utcnow
from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_candidate, make_opening, make_touchpoint

ON_CALL_ROLE = dict(
    title="Site Reliability Engineer",
    remote_policy="remote",
    requirements="Kubernetes, Terraform, Go",
    offers=["Fully remote"],
    description="Keep the platform up. On-call one week in six, paid on top of salary.",
)
TRAVEL_ROLE = dict(
    title="Account Executive",
    remote_policy="remote",
    requirements="SaaS sales, Salesforce",
    offers=["Fully remote"],
    description="Own enterprise accounts across the region; about 30% travel to clients.",
)


def _person(session, notes: list[tuple[int, str]], **kw):
    person = make_candidate(session, **kw)
    for days_ago, note in notes:
        make_touchpoint(session, person, at=utcnow() - timedelta(days=days_ago), note=note)
    return person


def _conflicts(engine, fake_embedder, session, role: dict, notes: list[tuple[int, str]]):
    opening = make_opening(session, **role)
    person = _person(session, notes)
    session.commit()
    index_pool(engine, fake_embedder)
    result = Matcher(engine, fake_embedder).match_opening(opening.id, top_k=50)
    mine = next(r for r in result.results if r.external_id == person.external_id)
    return mine.conflicts


@pytest.mark.parametrize(
    "notes",
    [
        [(400, "HM: no on-call ever, he said."), (30, "with a paid rota on-call's fine now")],
        [(500, "Told us hard no to on-call after burnout"), (20, "ok with oncall again tbh")],
        [(300, "she won't do on call"), (10, "She's happy to do on-call these days.")],
        [(365, "I'm done with on-call."), (5, "Hi! Update: I'm fine with on-call now.")],
    ],
)
def test_an_on_call_refusal_taken_back_later_no_longer_stands_against_an_on_call_role(
    engine, fake_embedder, session, notes
):
    assert not _conflicts(engine, fake_embedder, session, ON_CALL_ROLE, notes)


@pytest.mark.parametrize(
    "notes",
    [
        [(400, "fine with on-call"), (30, "done with on-call")],
        [(300, "Happy to do on-call"), (10, "no more on-call for him, burnt out")],
    ],
)
def test_on_call_accepted_then_refused_stands_against_an_on_call_role(
    engine, fake_embedder, session, notes
):
    assert _conflicts(engine, fake_embedder, session, ON_CALL_ROLE, notes)


@pytest.mark.parametrize(
    "notes",
    [
        [(1000, "no travel while the kids are small"), (40, "kids at uni now, travel's fine")],
        [(900, "Cand can't travel, young family"), (15, "she's keen to travel again")],
    ],
)
def test_a_travel_limit_lifted_later_no_longer_stands_against_a_travel_role(
    engine, fake_embedder, session, notes
):
    assert not _conflicts(engine, fake_embedder, session, TRAVEL_ROLE, notes)


@pytest.mark.parametrize(
    "notes",
    [
        [(1000, "loves travel"), (40, "no flying for a year after surgery")],
        [(700, "happy to travel"), (20, "no travel for now pls, new baby")],
    ],
)
def test_travel_loved_then_refused_stands_against_a_travel_role(
    engine, fake_embedder, session, notes
):
    assert _conflicts(engine, fake_embedder, session, TRAVEL_ROLE, notes)


def _active(session, person) -> set[tuple]:
    session.commit()
    return {
        (c.facet, c.polarity, c.value.get("mode") or c.value.get("name") or c.value.get("kind"))
        for c in active_conditions(session=session, candidate_ids=[person.id])[person.id]
    }


def test_conditions_side_by_side_on_one_facet_both_stay(session):
    person = _person(
        session,
        [
            (400, "Wants remote. Loves python."),
            (30, "office 2 days a week max. No java though."),
        ],
    )
    got = _active(session, person)
    assert ("work_mode", "wish", "remote") in got
    assert ("work_mode", "must", "hybrid") in got
    assert ("technology", "wish", "python") in got
    assert ("technology", "avoid", "java") in got


def test_a_recruiters_condition_wins_over_a_later_note(session):
    person = _person(session, [(10, "fine with on-call")])
    add(
        session=session,
        candidate_id=person.id,
        facet="schedule",
        polarity="avoid",
        value={"kind": "on_call"},
        said_at=(utcnow() - timedelta(days=200)).date(),
    )
    got = _active(session, person)
    assert ("schedule", "avoid", "on_call") in got
    assert ("schedule", "wish", "on_call") not in got


def test_a_refusal_said_again_keeps_counting(session):
    person = _person(session, [(300, "no on-call"), (20, "still no on-call for me")])
    assert ("schedule", "avoid", "on_call") in _active(session, person)


def test_a_mode_held_to_alone_then_given_up_for_another_is_superseded(session):
    person = _person(
        session,
        [
            (240, "Fully remote or nothing for now."),
            (40, "Update: moved closer to town, 3 days in is fine now."),
        ],
    )
    got = _active(session, person)
    assert ("work_mode", "must", "remote") not in got
    assert any(f == "work_mode" and k == "hybrid" for f, _, k in got)


def test_a_mode_that_was_fine_then_another_held_to_alone_is_superseded(session):
    person = _person(
        session,
        [
            (240, "Office a few days a week is fine with him."),
            (40, "Moved to the coast - remote only from here on."),
        ],
    )
    got = _active(session, person)
    assert ("work_mode", "must", "remote") in got
    assert not any(f == "work_mode" and k == "hybrid" for f, _, k in got)
