"""The Search page on the demo pool: filters, weights, the person's details and the actions
(draft, pin, not interested), and do-not-contact taking effect on the next search."""

from sqlmodel import select

from data.db import session_scope
from data.models import Candidate, Draft, ReconnectPin, Touchpoint
from matching.weights import DEFAULT_WEIGHTS
from tests.app_fixtures import open_buttons, open_page, result_cards, table_with


def _search():
    at = open_page("search")
    at.button(key="search_go").click().run()
    assert not at.exception
    return at


def _open(at, rank: int) -> int:
    """Open the details of the result at this rank (1-based); their candidate id."""
    button = open_buttons(at)[rank - 1]
    button.click().run()
    assert not at.exception
    return int(button.key.removeprefix("search_open_"))


def test_a_search_returns_ranked_cards_with_scores_and_the_excluded_count(demo_app):
    at = _search()
    cards = list(result_cards(at).values())
    assert len(cards) == 15
    scores = [int(c.split(" — score ")[1].split()[0]) for c in cards]
    assert scores == sorted(scores, reverse=True)
    assert all(":material/thumb_up:" in card for card in cards)  # a reason for each
    assert any("excluded: " in c.value and "do not contact" in c.value for c in at.caption)
    # Details open on demand, one person at a time: reasons and the actions.
    assert not [m for m in at.markdown if m.value.startswith("**Score parts**")]
    _open(at, 1)
    assert len([m for m in at.markdown if m.value.startswith("**Score parts**")]) == 1
    assert at.button(key="search_draft_make")


def test_a_location_filter_keeps_only_people_there(demo_app):
    at = open_page("search")
    at.text_input(key="search_f_location").input("Berlin")
    at.button(key="search_go").click().run()
    assert not at.exception
    names = list(result_cards(at))
    assert names
    with session_scope(demo_app) as session:
        places = session.exec(
            select(Candidate.location).where(Candidate.full_name.in_(names))
        ).all()
    assert all("berlin" in p.lower() for p in places)
    assert any("left out by your filters" in c.value for c in at.caption)


def test_weights_change_the_order_and_reset_to_the_defaults(demo_app):
    at = _search()
    before = list(result_cards(at))
    for name in DEFAULT_WEIGHTS.as_dict():
        at.slider(key=f"search_w_{name}").set_value(0.0 if name != "history" else 1.0)
    at.run()
    after = list(result_cards(at))
    assert after != before
    at.button(key="search_w_reset").click().run()
    assert at.slider(key="search_w_lexical").value == DEFAULT_WEIGHTS.lexical
    assert list(result_cards(at)) == before


def test_all_weights_at_zero_is_an_error_not_a_traceback(demo_app):
    at = open_page("search")
    for name in DEFAULT_WEIGHTS.as_dict():
        at.slider(key=f"search_w_{name}").set_value(0.0)
    at.button(key="search_go").click().run()
    assert not at.exception
    assert any("at least one weight" in e.value for e in at.error)


def test_drafting_from_a_result_shows_facts_and_saves_the_edited_draft(demo_app):
    at = _search()
    # The first result the role does not conflict with (a conflict shows why, and no draft).
    for rank in range(1, 9):
        person = _open(at, rank)
        at.button(key="search_draft_make").click().run()
        assert not at.exception
        if "search_draft_subject" in {t.key for t in at.text_input}:
            break
        assert any("Not pitched" in w.value or "wait" in w.value for w in at.warning)
    assert at.text_input(key="search_draft_subject").value
    assert any(m.value == "**Facts used**" for m in at.markdown)
    assert any(m.value.startswith("**Name** — ") for m in at.markdown)
    at.text_area(key="search_draft_body").input("Hello — edited by hand.\n")
    at.button(key="search_draft_save").click().run()
    assert any("Saved as draft" in s.value for s in at.success)
    with session_scope(demo_app) as session:
        draft = session.exec(select(Draft).where(Draft.candidate_id == person)).one()
    assert draft.body.startswith("Hello — edited by hand.")


def test_pin_and_not_interested_are_recorded(demo_app):
    at = _search()
    person = _open(at, 1)
    with session_scope(demo_app) as session:
        name = session.get(Candidate, person).full_name
    at.button(key="search_pin").click().run()
    with session_scope(demo_app) as session:
        assert session.exec(select(ReconnectPin).where(ReconnectPin.candidate_id == person)).one()
    reconnect = open_page("reconnect")
    assert not reconnect.exception
    listed = table_with(reconnect, "Proposed role")
    assert listed[listed["Name"] == name]["Status"].tolist() == ["pinned"]

    at.button(key="search_not_interested").click().run()
    assert any("say why" in e.value for e in at.error)
    at.text_input(key="search_not_interested_reason").input("Just started a new job")
    at.button(key="search_not_interested").click().run()
    assert not at.exception
    with session_scope(demo_app) as session:
        notes = session.exec(
            select(Touchpoint.note).where(
                Touchpoint.candidate_id == person, Touchpoint.outcome == "not_interested"
            )
        ).all()
    assert "Just started a new job" in notes


def test_marking_do_not_contact_removes_the_person_from_results(demo_app):
    at = _search()
    first = _open(at, 1)
    with session_scope(demo_app) as session:
        name = session.get(Candidate, first).full_name
    assert name in result_cards(at)
    profile = open_page("candidate", id=str(first))
    profile.toggle(key="cand_dnc").set_value(True)
    profile.text_input(key="cand_dnc_reason").input("Asked us never to write again")
    profile.button(key="cand_dnc_save").click().run()
    profile.button(key="cand_dnc_confirm").click().run()  # do-not-contact asks first
    assert not profile.exception
    at.run()
    assert name not in result_cards(at)
