"""Standing objections judged against the role: a pay ask last time the band still does not
reach (even when the note also names the team's own cap), refusing to work on weapons for a
defence role, wanting or refusing Go for a Go-heavy role. Each lowers (or lifts) the person
against an equal who said nothing, and only when the role goes against (or meets) it."""

from datetime import timedelta

import pytest

from data.timeutil import utcnow
from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_application, make_candidate, make_opening, make_touchpoint


def ago(days: int):
    return utcnow() - timedelta(days=days)


def ranked(engine, embedder, role_id) -> dict:
    index_pool(engine, embedder)
    result = Matcher(engine, embedder).match_opening(role_id, top_k=20)
    return {r.full_name: r for r in result.results}


@pytest.mark.parametrize(
    "note",
    [
        "Declined. Wanted 150k base, we capped at 125k.",
        "turned it down - asked for $150k, our max was 125k",
        "Offer declined: candidate's ask 150k vs our ceiling of 125k",
        "declined, after 150k base and we topped out at 125k",
    ],
)
def test_a_pay_ask_the_band_still_misses_stands_though_the_note_names_our_cap(
    engine, fake_embedder, session, note
):
    role = make_opening(session, salary_min=110_000, salary_max=125_000, currency="USD")
    asked = make_candidate(session, full_name="Asked More", location="Austin, TX")
    make_application(
        session,
        asked,
        stage_reached="offer",
        outcome="declined_offer",
        reason="compensation",
        reason_note=note,
        decided_at=ago(200),
    )
    session.commit()
    person = ranked(engine, fake_embedder, role.id)["Asked More"]
    assert any(r.kind == "past_reason_standing" for r in person.reasons)
    assert not any(r.kind == "past_reason_resolved" for r in person.reasons)
    assert person.components["past_reason"] < 0


def test_a_pay_ask_a_bigger_band_meets_is_resolved(engine, fake_embedder, session):
    role = make_opening(session, salary_min=140_000, salary_max=165_000, currency="USD")
    asked = make_candidate(session, full_name="Asked More", location="Austin, TX")
    make_application(
        session,
        asked,
        stage_reached="offer",
        outcome="declined_offer",
        reason="compensation",
        reason_note="Declined. Wanted 150k base, we capped at 125k.",
        decided_at=ago(200),
    )
    session.commit()
    person = ranked(engine, fake_embedder, role.id)["Asked More"]
    assert person.components["past_reason"] > 0


DEFENCE = "Keep our missile guidance and battlefield sensor platform running."


@pytest.mark.parametrize(
    "said",
    [
        "won't work on weapons, full stop",
        "she refuses to do anything military",
        "no arms or weapons companies pls",
    ],
)
def test_refusing_weapons_sits_below_an_equal_for_a_defence_role(
    engine, fake_embedder, session, said
):
    role = make_opening(session, description=DEFENCE)
    refuses = make_candidate(session, full_name="Refuses", location="Bristol, UK")
    make_touchpoint(session, refuses, note=said, happened_at=ago(20))
    plain = make_candidate(session, full_name="Plain", location="Bristol, UK")
    make_touchpoint(session, plain, note="happy to chat", happened_at=ago(20))
    session.commit()
    people = ranked(engine, fake_embedder, role.id)
    assert people["Refuses"].score < people["Plain"].score


def test_refusing_weapons_costs_nothing_for_a_role_outside_defence(engine, fake_embedder, session):
    role = make_opening(session, description="Keep our grocery delivery platform running.")
    refuses = make_candidate(session, full_name="Refuses", location="Bristol, UK")
    make_touchpoint(session, refuses, note="won't work on weapons, full stop", happened_at=ago(20))
    plain = make_candidate(session, full_name="Plain", location="Bristol, UK")
    make_touchpoint(session, plain, note="happy to chat", happened_at=ago(20))
    session.commit()
    people = ranked(engine, fake_embedder, role.id)
    assert people["Refuses"].score == pytest.approx(people["Plain"].score, abs=0.5)


GO_ROLE = dict(offers=["Most of our platform tooling is written in Go"])


@pytest.mark.parametrize(
    "wants, refuses",
    [
        ("Tech wants: more Go, less YAML", "Tech wants: doesn't want to touch Go again"),
        ("keen to write Go day to day", "never writing Go again, hated it"),
    ],
)
def test_wanting_go_sits_above_refusing_it_for_a_go_heavy_role(
    engine, fake_embedder, session, wants, refuses
):
    role = make_opening(session, **GO_ROLE)
    for name, note in (("Wants Go", wants), ("Refuses Go", refuses)):
        person = make_candidate(session, full_name=name, location="Abuja, Nigeria")
        make_touchpoint(session, person, note=note, happened_at=ago(20))
    session.commit()
    people = ranked(engine, fake_embedder, role.id)
    assert people["Wants Go"].score > people["Refuses Go"].score
