"""Rehire eligibility recorded on a past employee (round xf).

Class: the team's own record that someone is not to be hired again ("ineligible for rehire",
"NFR", "rehire status: no", "we would not rehire her", "nicht wieder einstellen", "no
recontratable") is a standing block that is no opt-out: the person ranks below an equal who is
eligible, is held on every role (``stops``: no draft, no weekly list), and the recruiter sees
why.

Twins left alone: "eligible for rehire", "rehire: yes", "we'd take her back in a heartbeat, would
rehire", "rehire: n/a", "not a rehire (first time with us)", "not eligible for the bonus" beside an
eligible rehire.
"""

from types import SimpleNamespace

import pytest

from matching.engine import Matcher
from matching.indexer import index_pool
from tests.factories import make_application, make_candidate, make_opening

MARKED = [
    "Left after the season. Ineligible for rehire - repeated no-shows.",
    "Contract ended early. NFR.",
    "Finished March. Rehire status: No",
    "Dismissed for a safety breach; we would not rehire him.",
    "Do NOT rehire - left the site unattended.",
    "Rehire: N (attendance)",
    "Nicht wieder einstellen, Probezeit nicht bestanden.",
    "Baja voluntaria sin preaviso, no recontratable.",
]
TWINS = [
    "Left after the season. Eligible for rehire.",
    "Rehire: yes - strong picker, ask her back",
    "Finished the contract; we'd rehire her in a heartbeat.",
    "Temp cover ended. Rehire: n/a",
    "Not a rehire - first time working with us.",
    "Was not eligible for the retention bonus; otherwise fine, rehire eligible.",
]


def _apps(note: str):
    return [SimpleNamespace(reason_note=note, decided_at=None, applied_at=None, id=1)]


@pytest.mark.parametrize("note", MARKED)
def test_a_record_of_no_rehire_marks_the_person(note):
    from matching.rehire import not_for_rehire

    assert not_for_rehire(_apps(note))


@pytest.mark.parametrize("note", TWINS)
def test_eligible_or_unrelated_words_mark_nobody(note):
    from matching.rehire import not_for_rehire

    assert not_for_rehire(_apps(note)) is None


def test_someone_marked_not_for_rehire_ranks_below_an_eligible_equal_and_is_held(
    engine, fake_embedder, session
):
    opening = make_opening(session)
    marked = make_candidate(session)
    eligible = make_candidate(session)
    for person, note in (
        (marked, "Seasonal lead; left mid-contract without notice. Not eligible for rehire."),
        (eligible, "Seasonal lead; finished the contract, eligible for rehire."),
    ):
        make_application(
            session, person, stage_reached="offer", outcome="hired", reason=None, reason_note=note
        )
    session.commit()
    index_pool(engine, fake_embedder)
    results = Matcher(engine, fake_embedder).match_opening(opening.id, top_k=50).results
    order = [r.external_id for r in results]
    assert order.index(eligible.external_id) < order.index(marked.external_id)
    shown = next(r for r in results if r.external_id == marked.external_id)
    assert shown.stops and "hired again" in shown.stops[0]
    other = next(r for r in results if r.external_id == eligible.external_id)
    assert not other.stops


def test_the_weekly_list_leaves_out_someone_marked_not_for_rehire(engine, session, fake_embedder):
    from data.db import session_scope
    from outreach.reconnect import weekly_list
    from tests.factories import make_remote_backend_opening
    from tests.test_reconnect_waits import WEDNESDAY, days_ago, finalist_who_told_us

    make_remote_backend_opening(session)
    marked = finalist_who_told_us(session)
    eligible = finalist_who_told_us(session)
    for person, note in (
        (marked, "Temp contract ended early - no rehire, left tools on site twice."),
        (eligible, "Temp contract ended on time, rehire: yes."),
    ):
        make_application(
            session,
            person,
            stage_reached="offer",
            outcome="hired",
            reason=None,
            reason_note=note,
            applied_at=days_ago(1030),
            decided_at=days_ago(1000),
        )
    session.commit()
    index_pool(engine, fake_embedder)
    with session_scope(engine) as s:
        weekly = weekly_list(Matcher(engine, fake_embedder), session=s, today=WEDNESDAY)
    names = [e.candidate_id for e in weekly.entries]
    assert marked.id not in names
    assert eligible.id in names
    assert weekly.held_back["not_for_rehire"] == 1
