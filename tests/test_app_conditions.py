"""What Encore read, on the dashboard: shown with its sentence, corrected by a recruiter, and
the correction still winning after the person's notes are read again.

The app runs on the hashing stand-in model (these tests judge what is stored and shown, not
ranking); ``test_condition_corrections_rank.py`` judges ranking with the real model.
"""

from datetime import date

import pytest
from sqlmodel import select

from app.ui.plain import clean
from data.conditions import active_conditions
from data.db import session_scope
from data.models import AuditEvent, Candidate, Motivation, Touchpoint
from matching.embedder import HashingEmbedder
from matching.indexer import index_pool
from tests.app_fixtures import app_reading, open_page, result_cards
from tests.factories import make_candidate, make_opening, make_touchpoint
from tests.hostile import ADA, EVERYTHING, IMAGE, assert_plain, live_markup, shown_text

RECRUITER = "ana@team.example"
NOTE = f"Loves the team. Remote only, no exceptions {IMAGE}. Two kids at school."


@pytest.fixture
def app(db_url, engine, monkeypatch):
    monkeypatch.setenv("ENCORE_RECRUITER", RECRUITER)
    with app_reading(db_url):
        yield engine


def _person(engine, **kw) -> int:
    with session_scope(engine) as session:
        return make_candidate(session, **kw).id


def _active(engine, cid: int, facet: str) -> list:
    with session_scope(engine) as session:
        rows = active_conditions(session=session, candidate_ids=[cid]).get(cid, [])
        return [
            (r.id, r.polarity, dict(r.value), r.said_at, r.status) for r in rows if r.facet == facet
        ]


def _read_again(engine, cid: int) -> None:
    """Edit the note the condition came from and add another: both are read afresh."""
    with session_scope(engine) as session:
        motivation = session.exec(select(Motivation).where(Motivation.candidate_id == cid)).first()
        motivation.statement += " Said again on the phone."
        session.add(Motivation(candidate_id=cid, statement="Would love to mentor juniors"))


def _quotes(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("> ")]


def test_each_reading_is_shown_in_words_with_the_sentence_it_came_from(app):
    cid = _person(app, motivations=[NOTE])
    at = open_page("candidate", id=str(cid))
    assert not at.exception
    assert any("only considers fully remote roles" in m.value for m in at.markdown)
    quote = _quotes(at)[0]
    assert "**Remote** only" in quote  # the words it was read from stand out
    shown = shown_text(quote)
    assert shown.startswith("Remote only, no exceptions") and "Loves the team" not in shown
    assert live_markup(quote) == []  # the note's image stays text
    details = shown_text(next(c.value for c in at.caption if "where you work" in c.value))
    assert "must" in details and "mode: remote" in details and "80% sure" in details


def test_dismissing_a_reading_stops_it_counting_even_after_the_note_is_read_again(app):
    cid = _person(app, motivations=[NOTE])
    [(condition_id, *_)] = _active(app, cid, "work_mode")
    at = open_page("candidate", id=str(cid))
    at.button(key=f"cond_{condition_id}_dismiss").click().run()
    assert not at.exception
    assert _active(app, cid, "work_mode") == []
    _read_again(app, cid)
    assert _active(app, cid, "work_mode") == []
    at = open_page("candidate", id=str(cid))
    assert not any("fully remote" in m.value for m in at.markdown if "~~" not in m.value)
    # Undo brings the reading back.
    dismissed = next(b for b in at.button if b.key and b.key.endswith("_undo"))
    dismissed.click().run()
    assert [p for _, p, *_ in _active(app, cid, "work_mode")] == ["must"]


def test_a_correction_is_stored_and_wins_over_a_fresh_reading(app):
    cid = _person(app, motivations=[NOTE])
    [(condition_id, *_)] = _active(app, cid, "work_mode")
    at = open_page("candidate", id=str(cid))
    at.selectbox(key=f"cond_{condition_id}_polarity").set_value("wish")
    at.selectbox(key=f"cond_{condition_id}_mode").set_value("hybrid")
    at.number_input(key=f"cond_{condition_id}_days").set_value(2)
    at.button(key=f"cond_{condition_id}_correct").click().run()
    assert not at.exception
    corrected = [(p, v["mode"], v["days"], s) for _, p, v, _, s in _active(app, cid, "work_mode")]
    assert corrected == [("wish", "hybrid", 2, "corrected")]
    _read_again(app, cid)
    assert [(p, v["mode"]) for _, p, v, *_ in _active(app, cid, "work_mode")] == [
        ("wish", "hybrid")
    ]
    at = open_page("candidate", id=str(cid))
    assert any(
        "wants hybrid work with at most 2 office days a week" in m.value for m in at.markdown
    )


def test_a_correction_missing_its_key_value_says_which_field(app):
    cid = _person(app, motivations=["Only interested in roles based in Porto"])
    [(condition_id, *_)] = _active(app, cid, "location")
    at = open_page("candidate", id=str(cid))
    at.text_input(key=f"cond_{condition_id}_place").input("  ")
    at.button(key=f"cond_{condition_id}_correct").click().run()
    assert any("fill in" in e.value and "Place" in e.value for e in at.error)
    assert [v["place"] for _, _, v, *_ in _active(app, cid, "location")] == ["Porto"]


def test_confirming_and_re_dating_are_stored_and_survive_a_fresh_reading(app):
    cid = _person(app, motivations=[NOTE])
    [(condition_id, *_)] = _active(app, cid, "work_mode")
    at = open_page("candidate", id=str(cid))
    at.button(key=f"cond_{condition_id}_confirm").click().run()
    assert not at.exception
    [(confirmed_id, _, _, _, status)] = _active(app, cid, "work_mode")
    assert status == "confirmed"
    at.date_input(key=f"cond_{confirmed_id}_said").set_value(date(2025, 1, 10))
    at.button(key=f"cond_{confirmed_id}_redate").click().run()
    assert not at.exception
    _read_again(app, cid)
    [(_, _, _, said_at, status)] = _active(app, cid, "work_mode")
    assert (said_at, status) == (date(2025, 1, 10), "corrected")


def test_a_wait_is_re_dated_by_its_until_day(app):
    cid = _person(app, motivations=["Not looking right now, try again in March 2027"])
    [(condition_id, *_)] = _active(app, cid, "wait")
    at = open_page("candidate", id=str(cid))
    assert any("asked us to wait until 01 Mar 2027" in m.value for m in at.markdown)
    at.date_input(key=f"cond_{condition_id}_until").set_value(date(2027, 6, 1))
    at.button(key=f"cond_{condition_id}_redate").click().run()
    assert not at.exception
    assert [v["until"] for _, _, v, *_ in _active(app, cid, "wait")] == ["2027-06-01"]


def test_a_condition_added_by_hand_counts_and_names_the_recruiter(app):
    cid = _person(app)
    at = open_page("candidate", id=str(cid))
    at.selectbox(key="cond_add_facet").set_value("pay").run()
    at.selectbox(key="cond_add_polarity").set_value("must")
    at.number_input(key="cond_add_pay_amount").set_value(90000)
    at.text_input(key="cond_add_pay_currency").input("GBP")
    at.button(key="cond_add").click().run()
    assert not at.exception
    [(_, polarity, value, _, status)] = _active(app, cid, "pay")
    assert (polarity, value["amount"], value["currency"], status) == (
        "must",
        90000,
        "GBP",
        "corrected",
    )
    assert any("needs at least £90k" in m.value for m in at.markdown)
    with session_scope(app) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "condition_added")).one()
        assert (event.actor, event.subject_id) == (RECRUITER, cid)


def _opted_out(engine, note: str = "Please stop emailing me.") -> int:
    with session_scope(engine) as session:
        person = make_candidate(session, full_name="Olga Optout")
        make_touchpoint(session, person, direction="inbound", note=note)
        return person.id


def test_a_read_opt_out_is_listed_on_home_and_confirmed_as_do_not_contact(app):
    cid = _opted_out(app)
    home = open_page("home")
    assert any("Opt-outs to confirm (1)" in s.value for s in home.subheader)
    link = next(p for p in home.page_link if "Olga Optout" in p.value)
    assert link.proto.query_string == f"id={cid}"

    at = open_page("candidate", id=str(cid))
    box = next(e.value for e in at.error if "Read as an opt-out" in e.value)
    assert "left out of rankings, drafts and lists" in box and "stop emailing me" in box
    [condition_id] = [i for i, *_ in _active(app, cid, "contact")]
    at.button(key=f"cond_optout_yes_{condition_id}").click().run()
    assert not at.exception
    with session_scope(app) as session:
        person = session.get(Candidate, cid)
        assert person.do_not_contact and "Asked not to be contacted" in person.do_not_contact_reason
        actions = {
            e.action: e.actor
            for e in session.exec(select(AuditEvent).where(AuditEvent.subject_id == cid))
        }
    assert actions["do_not_contact"] == RECRUITER
    assert actions["condition_confirmed"] == RECRUITER
    assert not any("Read as an opt-out" in e.value for e in at.error)
    assert not any("Opt-outs to confirm" in s.value for s in open_page("home").subheader)


def test_not_an_opt_out_puts_the_person_back_into_the_next_search(app):
    with session_scope(app) as session:
        make_opening(session, title="Backend Engineer", requirements="Python, PostgreSQL")
        make_candidate(session, full_name="Bo Backend")
    cid = _opted_out(app, note="stop emailing me — (she meant the newsletter; roles are fine)")
    index_pool(app, HashingEmbedder())
    search = open_page("search")
    search.button(key="search_go").click().run()
    assert "Olga Optout" not in result_cards(search)
    assert any("1 opted out" in c.value for c in search.caption)

    at = open_page("candidate", id=str(cid))
    [condition_id] = [i for i, *_ in _active(app, cid, "contact")]
    at.button(key=f"cond_optout_no_{condition_id}").click().run()
    assert not at.exception
    with session_scope(app) as session:
        assert not session.get(Candidate, cid).do_not_contact
        assert session.exec(select(Touchpoint.note).where(Touchpoint.candidate_id == cid)).one()

    search.button(key="search_go").click().run()  # no re-indexing in between
    assert "Olga Optout" in result_cards(search)


def test_a_hostile_opt_out_is_plain_text_on_home_and_on_the_candidate_page(app):
    with session_scope(app) as session:
        person = make_candidate(session, full_name=ADA)
        make_touchpoint(
            session, person, direction="inbound", note=f"Please stop emailing me {EVERYTHING}"
        )
    home = open_page("home")
    assert any(shown_text(p.value).startswith(clean(ADA)) for p in home.page_link)
    assert_plain(home, "home")
    at = open_page("candidate", id=str(person.id))
    assert any("Read as an opt-out" in e.value for e in at.error)
    assert_plain(at, "candidate")
