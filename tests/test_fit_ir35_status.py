"""UK contractors name their IR35 status, and so do roles: "outside IR35 only", "won't do inside
work" go against a role that is "inside IR35" (in its title or offers) and suit an outside one;
"happy inside via an umbrella" suits an inside role and asks nothing of an outside one. Bare
"inside"/"outside" are the status where they can be nothing else ("outside only", "inside's
fine"); "lives outside Leeds" is not. Across notes, the latest word on the status counts."""

from datetime import timedelta

import pytest

from data.timeutil import utcnow
from matching.engine import Matcher
from matching.indexer import index_pool
from reading import read
from reading.role_facts import role_facts
from tests.factories import make_candidate, make_opening, make_touchpoint
from tests.fit_helpers import SAID, goes_against, judged, suits

INSIDE = dict(
    title="Java Developer (3-month contract, inside IR35)",
    remote_policy="hybrid",
    location="Leeds, UK",
    offers=["£500/day inside IR35 through an umbrella"],
)
OUTSIDE = dict(
    title="Data Engineer contract",
    remote_policy="remote",
    offers=["£650 per day, outside of IR35"],
)


def _forms(note):
    return {
        (c.polarity, c.value.get("form")) for c in read(note, said_at=SAID) if c.facet == "contract"
    }


@pytest.mark.parametrize(
    "note",
    [
        "Outside IR35 roles only, runs a Ltd co.",
        "IR35 - outside only, he's been burnt before.",
        "Won't take inside, not via an umbrella either.",
        "contractor, outside only",
    ],
)
def test_outside_only_goes_against_an_inside_role_and_suits_an_outside_one(note):
    assert goes_against(note, "contract", **INSIDE)
    assert "unmet" not in judged(note, **OUTSIDE)


@pytest.mark.parametrize(
    "note",
    [
        "Happy inside IR35 via an umbrella company.",
        "Inside is fine for the right rate.",
        "Would consider inside now.",
    ],
)
def test_inside_accepted_suits_an_inside_role_and_asks_nothing_of_an_outside_one(note):
    assert suits(note, "contract", **INSIDE)
    assert "unmet" not in judged(note, **OUTSIDE)


@pytest.mark.parametrize(
    "note",
    [
        "Lives outside Leeds, happy to commute in.",
        "Prefers to sit outside at lunch.",
        "Inside sales background, ten years.",
    ],
)
def test_inside_and_outside_in_other_senses_are_no_status(note):
    assert not {f for _, f in _forms(note) if f and "ir35" in f}


@pytest.mark.parametrize(
    "text, takes, refuses",
    [
        ("Contract, inside IR35, paid via umbrella", {"inside_ir35"}, {"outside_ir35"}),
        ("Day rate £600, outside IR35", {"outside_ir35"}, {"inside_ir35"}),
        ("Inside or outside IR35 depending on the SDS", set(), set()),
    ],
)
def test_a_roles_status_is_read_from_its_text(text, takes, refuses):
    facts = role_facts(title="Engineer", description=text)
    got = (set(facts.forms), set(facts.no_forms))
    assert got[0] >= takes and got[1] == refuses


def _person(engine, fake_embedder, session, notes):
    opening = make_opening(session, **INSIDE)
    person = make_candidate(session, location="Leeds, UK")
    for days_ago, note in notes:
        make_touchpoint(session, person, at=utcnow() - timedelta(days=days_ago), note=note)
    session.commit()
    index_pool(engine, fake_embedder)
    result = Matcher(engine, fake_embedder).match_opening(opening.id, top_k=50)
    return next(r for r in result.results if r.external_id == person.external_id)


@pytest.mark.parametrize(
    "notes",
    [
        [(280, "Outside IR35 only."), (30, "Market's quiet - open to inside roles now.")],
        [(300, "won't do inside"), (15, "Inside is fine now, via umbrella.")],
    ],
)
def test_a_status_given_up_no_longer_stands_against_an_inside_role(
    engine, fake_embedder, session, notes
):
    assert not _person(engine, fake_embedder, session, notes).conflicts


@pytest.mark.parametrize(
    "notes",
    [
        [(280, "Inside is fine."), (25, "After the last gig, outside IR35 only from now on.")],
        [(300, "happy via umbrella"), (10, "Outside only now, set up a Ltd co.")],
    ],
)
def test_a_status_taken_up_since_stands_against_an_inside_role(
    engine, fake_embedder, session, notes
):
    assert _person(engine, fake_embedder, session, notes).conflicts
