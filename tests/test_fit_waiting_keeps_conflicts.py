"""A person who asked us to wait is not lifted by what they want from a role until the wait is
over, yet what stands against the role still counts now: a wish met must not hide a conflict it
would otherwise outweigh, so an equal who can talk today and shares the conflict ranks first.
The reasons keep both, for when the time comes."""

from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_candidate, make_opening

ROLE = dict(
    title="Support Team Lead",
    seniority="lead",
    remote_policy="onsite",
    location="Leeds, UK",
    requirements="Python, PostgreSQL. Leading a team of eight agents.",
    description="Weekend shifts are part of the rota.",
)


def _ranked(engine, fake_embedder, session, waiting_note: str):
    opening = make_opening(session, **ROLE)
    waiting = make_candidate(
        session,
        location="Leeds, UK",
        motivations=["Wants to lead a team.", "No weekend work.", waiting_note],
    )
    free = make_candidate(session, location="Leeds, UK", motivations=["No weekend work."])
    session.commit()
    index_pool(engine, fake_embedder)
    results = Matcher(engine, fake_embedder).match_opening(opening.id, top_k=50).results
    by_id = {r.external_id: r for r in results}
    return [r.external_id for r in results], by_id[waiting.external_id], by_id[free.external_id]


def test_someone_waiting_ranks_below_an_equal_free_now_who_shares_their_conflict(
    engine, fake_embedder, session
):
    order, waiting, free = _ranked(
        engine, fake_embedder, session, "Give it three months, then happy to talk."
    )
    assert order.index(free.external_id) < order.index(waiting.external_id)
    assert waiting.components["motivation"] < 0
    kinds = {e.kind for e in waiting.reasons}
    assert {"motivation", "motivation_conflict"} <= kinds  # the wish and the conflict both said
    assert waiting.stops


def test_once_nothing_holds_them_back_the_wish_met_counts_again(engine, fake_embedder, session):
    order, person, free = _ranked(engine, fake_embedder, session, "Free to talk any time.")
    assert order.index(person.external_id) < order.index(free.external_id)
    assert person.components["motivation"] > free.components["motivation"]
