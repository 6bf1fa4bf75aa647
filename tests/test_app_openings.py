"""The Openings page on the demo pool: rediscovery lists per role, create and edit a role."""

from sqlmodel import select

from data.db import session_scope
from data.models import Opening
from tests.app_fixtures import open_page, table_with


def test_every_open_role_has_a_rediscovery_list_with_counts(demo_app):
    at = open_page("openings")
    assert not at.exception
    summary = table_with(at, "Past applicants")
    assert "Senior Backend Engineer (Python)" in set(summary["Role"])
    assert (summary["Matches ≥ 60"] >= 0).all()
    top = table_with(at, "Score")
    assert len(top) == 5 and list(top["Score"]) == sorted(top["Score"], reverse=True)


def test_creating_an_opening_lists_it_with_its_matches(demo_app):
    at = open_page("openings")
    at.text_input(key="open_title_new").input("Staff Data Engineer (Spark)")
    at.text_input(key="open_location_new").input("Remote (EU)")
    at.selectbox(key="open_remote_new").set_value("remote")
    at.text_area(key="open_requirements_new").input("Spark\nAirflow\nPython")
    at.text_area(key="open_offers_new").input("Fully remote\nLead the data platform")
    at.button[[b.label for b in at.button].index("Create opening")].click().run()
    assert not at.exception
    assert any("Saved" in s.value for s in at.success)
    assert "Staff Data Engineer (Spark)" in set(table_with(at, "Past applicants")["Role"])
    with session_scope(demo_app) as session:
        made = session.exec(select(Opening).where(Opening.title.contains("Spark"))).one()
    assert made.offers == ["Fully remote", "Lead the data platform"]
    assert made.remote_policy == "remote" and made.status == "open"


def test_a_bad_salary_band_is_refused_with_the_field_named(demo_app):
    at = open_page("openings")
    at.text_input(key="open_title_new").input("Band Test Role")
    at.number_input(key="open_salary_min_new").set_value(120000)
    at.number_input(key="open_salary_max_new").set_value(90000)
    at.button[[b.label for b in at.button].index("Create opening")].click().run()
    assert not at.exception
    assert any("salary max" in e.value for e in at.error)
    with session_scope(demo_app) as session:
        assert (
            session.exec(select(Opening).where(Opening.title == "Band Test Role")).first() is None
        )


def test_editing_a_role_changes_it(demo_app):
    at = open_page("openings")
    picker = at.selectbox(key="open_pick")
    target = next(o for o in picker.options if "Payments" in o)
    picker.select(target).run()
    oid = next(k for k in (t.key for t in at.text_input) if k.startswith("open_title_"))
    suffix = oid.removeprefix("open_title_")
    at.selectbox(key=f"open_remote_{suffix}").set_value("remote")
    at.button[[b.label for b in at.button].index("Save changes")].click().run()
    assert not at.exception
    with session_scope(demo_app) as session:
        assert session.get(Opening, int(suffix)).remote_policy == "remote"
