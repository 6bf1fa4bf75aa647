"""The Candidate page on the demo pool: the whole record, and edits that persist."""

from sqlmodel import select

from data import crud
from data.db import session_scope
from data.demo import SCENARIOS
from data.models import Motivation, Touchpoint
from tests.app_fixtures import open_page, table_with

# The demo's top person for the remote backend role.
SANNE = SCENARIOS["onsite_decliner_remote_now"]


def _id(engine, external_id: str) -> int:
    with session_scope(engine) as session:
        return crud.find_candidate(session=session, external_id=external_id).id


def _motivations(engine, candidate_id: int) -> list[str]:
    with session_scope(engine) as session:
        return list(
            session.exec(
                select(Motivation.statement).where(Motivation.candidate_id == candidate_id)
            )
        )


def test_the_profile_shows_applications_timeline_and_motivations(demo_app):
    at = open_page("candidate", id=str(_id(demo_app, SANNE)))
    assert not at.exception
    assert at.header[0].value == "Sanne Visser"
    apps = table_with(at, "Stage reached")
    assert "offer" in set(apps["Stage reached"])
    assert len(table_with(at, "Channel")) > 0
    assert any("Fully remote or nothing" in t.value for t in at.text_input)


def test_without_an_id_the_page_offers_a_lookup(demo_app):
    at = open_page("candidate")
    assert not at.exception
    at.text_input(key="cand_find").input("Sanne").run()
    assert any("Sanne Visser" in o for o in at.selectbox(key="cand_pick").options)


def test_editing_adding_and_deleting_motivations_persists(demo_app):
    cid = _id(demo_app, SCENARIOS["remote_seeker"])
    at = open_page("candidate", id=str(cid))
    first = next(t for t in at.text_input if t.key.startswith("cand_mot_") and t.key[9:].isdigit())
    mid = first.key.removeprefix("cand_mot_")
    first.input("Wants a fully remote team with a four-day week")
    at.button(key=f"cand_mot_save_{mid}").click().run()
    assert not at.exception
    assert "Wants a fully remote team with a four-day week" in _motivations(demo_app, cid)

    at.text_input(key="cand_mot_new").input("Would like to mentor juniors").run()
    at.button(key="cand_mot_add").click().run()
    assert not at.exception
    assert "Would like to mentor juniors" in _motivations(demo_app, cid)

    added = next(
        k
        for k in (t.key for t in at.text_input)
        if k.startswith("cand_mot_")
        and k[9:].isdigit()
        and at.text_input(key=k).value == "Would like to mentor juniors"
    )
    at.button(key=f"cand_mot_del_{added.removeprefix('cand_mot_')}").click().run()
    assert not at.exception
    assert "Would like to mentor juniors" not in _motivations(demo_app, cid)


def test_do_not_contact_needs_a_reason_and_then_holds(demo_app):
    cid = _id(demo_app, SCENARIOS["long_silent_strong"])
    at = open_page("candidate", id=str(cid))
    at.toggle(key="cand_dnc").set_value(True).run()
    at.button(key="cand_dnc_save").click().run()
    assert any("say why" in e.value for e in at.error)
    at.text_input(key="cand_dnc_reason").input("Asked us to stop").run()
    at.button(key="cand_dnc_save").click().run()
    at.button(key="cand_dnc_confirm").click().run()
    assert not at.exception
    assert any("Do not contact" in e.value and "Asked us to stop" in e.value for e in at.error)


def test_logging_a_touchpoint_adds_it_to_the_timeline(demo_app):
    cid = _id(demo_app, SCENARIOS["relocation_resolved"])
    at = open_page("candidate", id=str(cid))
    before = len(table_with(at, "Channel"))
    at.text_area(key="cand_log_note").input("Coffee chat, keen on remote roles")
    at.button[[b.label for b in at.button].index("Log touchpoint")].click().run()
    assert not at.exception
    assert len(table_with(at, "Channel")) == before + 1
    with session_scope(demo_app) as session:
        notes = session.exec(select(Touchpoint.note).where(Touchpoint.candidate_id == cid)).all()
    assert "Coffee chat, keen on remote roles" in notes
