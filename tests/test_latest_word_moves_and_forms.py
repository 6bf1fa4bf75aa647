"""The latest word across a person's notes on moving and on the US employment form: a stay said
long ago ("won't leave Cork") yields to a move wanted since ("moving to Limerick in spring"), a
move once wanted yields to one refused since ("bought a house, not moving anywhere"), and "C2C
only" yields to a later "W2 only now" (and "W2 works" to a later "no W2"). The ranking sees only
what still stands."""

from datetime import timedelta

import pytest

from data.timeutil import utcnow
from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_candidate, make_opening, make_touchpoint

LIMERICK = dict(
    title="Audit Senior",
    remote_policy="onsite",
    location="Limerick, Ireland",
    requirements="External audit, IFRS",
    offers=["On site in Limerick"],
)
W2_ROLE = dict(
    title="Senior SRE (W2 contract-to-hire)",
    remote_policy="remote",
    requirements="Kubernetes, Terraform, Go",
    offers=["Fully remote (US)"],
    description="W2 only; no C2C or 1099, no third parties.",
)


def _judged(engine, fake_embedder, session, role: dict, notes, location="Cork, Ireland"):
    opening = make_opening(session, **role)
    person = make_candidate(session, location=location)
    for days_ago, note in notes:
        make_touchpoint(session, person, at=utcnow() - timedelta(days=days_ago), note=note)
    session.commit()
    index_pool(engine, fake_embedder)
    result = Matcher(engine, fake_embedder).match_opening(opening.id, top_k=50)
    return next(r for r in result.results if r.external_id == person.external_id)


@pytest.mark.parametrize(
    "notes",
    [
        [(300, "Won't leave Cork."), (20, "Moving to Limerick in the spring, wants a job there.")],
        [(400, "Cork only, family here."), (15, "Kids have left home - open to relocating now.")],
        [(250, "not Limerick, too far from family"), (10, "Relocating to Limerick in March.")],
    ],
)
def test_a_stay_said_before_yields_to_a_move_wanted_since(engine, fake_embedder, session, notes):
    assert not _judged(engine, fake_embedder, session, LIMERICK, notes).conflicts


@pytest.mark.parametrize(
    "notes",
    [
        [(300, "Open to moving to Limerick."), (20, "Just bought a house in Cork, not moving.")],
        [
            (400, "Would relocate to Limerick for the right job"),
            (15, "Won't relocate now, mum is ill."),
        ],
    ],
)
def test_a_move_wanted_before_yields_to_one_refused_since(engine, fake_embedder, session, notes):
    assert _judged(engine, fake_embedder, session, LIMERICK, notes).conflicts


def test_a_stay_said_again_keeps_counting(engine, fake_embedder, session):
    notes = [(300, "Won't leave Cork."), (20, "Still not leaving Cork, no relocation.")]
    assert _judged(engine, fake_embedder, session, LIMERICK, notes).conflicts


@pytest.mark.parametrize(
    "notes",
    [
        [(280, "C2C only through his corp."), (25, "Closed his LLC, W2 only now.")],
        [(300, "1099 only, has his own S-corp"), (10, "wants W2 now for the health insurance")],
    ],
)
def test_a_form_given_up_no_longer_stands_against_a_w2_role(engine, fake_embedder, session, notes):
    got = _judged(engine, fake_embedder, session, W2_ROLE, notes, location="Phoenix, AZ")
    assert not got.conflicts


@pytest.mark.parametrize(
    "notes",
    [
        [(280, "W2 works."), (25, "Went independent - 1099 or C2C only from now on, no W2.")],
        [(300, "fine on W-2"), (10, "Only does corp-to-corp now.")],
    ],
)
def test_a_form_taken_up_since_stands_against_a_w2_role(engine, fake_embedder, session, notes):
    got = _judged(engine, fake_embedder, session, W2_ROLE, notes, location="Phoenix, AZ")
    assert got.conflicts
