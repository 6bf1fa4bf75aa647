"""Every page on a hostile pool, headless: names, emails, titles, notes, motivations, reasons,
an opening, a draft and a file name that try to be Markdown or HTML (images, links, raw
URLs, <img>, <script>), right-to-left overrides, control characters and a 10 KB name.

On every screen, each string Streamlit reads as Markdown (headers, captions, alerts, labels
of widgets, expanders, tabs and page links) must be only text, and nothing on screen may
carry a bidi override or a control character, or run past the length caps.
"""

import pytest
from streamlit.testing.v1 import AppTest

from app.ui.plain import LINE, clean
from tests.app_fixtures import app_reading, open_page, result_cards, table_with
from tests.hostile import (
    ADA,
    EVERYTHING,
    HTML_IMG,
    IMAGE,
    LINK,
    RTL,
    assert_plain,
    build_hostile_pool,
    shown_text,
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    from matching.embedder import HASHING_MODEL, load_embedder
    from matching.indexer import index_pool

    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'hostile.db'}"
    with app_reading(url) as engine:
        from data.db import upgrade

        upgrade(engine)
        pool = build_hostile_pool(engine)
        index_pool(engine, load_embedder(HASHING_MODEL))
        yield pool


def test_candidate_pages_show_hostile_people_as_plain_text(hostile):
    for person in (hostile.ada, hostile.bob, hostile.long, hostile.dee):
        at = open_page("candidate", id=str(person))
        assert_plain(at, f"candidate {person}")
        at.button(key="cand_draft_make").click().run()
        assert_plain(at, f"candidate {person}, draft")
    at = open_page("candidate", id=str(hostile.ada))
    assert shown_text(at.header[0].value) == clean(ADA)
    # Bob is do-not-contact: the refusal names him and his reason, as text.
    at = open_page("candidate", id=str(hostile.bob))
    at.button(key="cand_draft_make").click().run()
    refusal = shown_text(at.warning[0].value)
    assert "marked do-not-contact" in refusal and "said www.evil.example" in refusal
    at = open_page("candidate", id=str(hostile.long))
    assert len(shown_text(at.header[0].value)) == LINE
    at = open_page("candidate")  # the lookup lists everyone
    assert_plain(at, "candidate lookup")


def test_search_details_and_a_draft_show_hostile_text_as_plain_text(hostile):
    at = open_page("search", opening=str(hostile.opening_id))
    at.button(key="search_go").click().run()
    assert_plain(at, "search results")
    assert clean(ADA) in result_cards(at)
    for person in (hostile.ada, hostile.long):
        at.button(key=f"search_open_{person}").click().run()
        assert_plain(at, f"search details {person}")
        at.button(key="search_draft_make").click().run()
        assert_plain(at, f"search draft {person}")
        at.button(key="search_pin").click().run()
        assert at.success and not at.exception
        assert_plain(at, f"search pinned {person}")


def test_openings_drafts_and_reconnect_show_hostile_text_as_plain_text(hostile):
    at = open_page("openings")
    assert_plain(at, "openings")
    assert any("evil" in p.label for p in at.get("page_link"))
    at = open_page("drafts")
    assert_plain(at, "drafts")
    assert "Catching up" in shown_text(at.expander[0].label)
    at.button(key=f"drafts_sent_{hostile.draft_id}").click().run()
    assert_plain(at, "drafts, marked sent")
    at = open_page("reconnect")
    assert_plain(at, "reconnect")
    work_on = at.selectbox(key="reconnect_person")
    assert len(work_on.options) >= 2  # Ada and the 10 KB name are due
    for index in range(len(work_on.options)):
        at.selectbox(key="reconnect_person").select_index(index).run()
        assert_plain(at, f"reconnect person {index}")


def test_home_pool_health_settings_and_import_show_hostile_text_as_plain_text(hostile):
    for page in ("home", "pool_health", "settings", "feedback"):
        assert_plain(open_page(page), page)
    at = open_page("import_file")
    binary = f"{IMAGE},{EVERYTHING}\nx,y\n".encode()  # a NUL byte: refused, named
    at.file_uploader(key="import_upload").set_value((f"{IMAGE}{RTL}.csv", binary, "text/csv"))
    at.run()
    assert_plain(at, "import, refused")
    assert shown_text(at.error[0].value).startswith(f"{IMAGE}.csv cannot be imported")
    cells = f"{IMAGE} {LINK} {HTML_IMG} {RTL}x"
    readable = f"external_id,full_name,email\nH-1,{cells},{cells}\nH-2,,h2@example.com\n"
    at.file_uploader(key="import_upload").set_value((f"{IMAGE}.csv", readable.encode(), "text/csv"))
    at.run()
    assert_plain(at, "import, preview")
    at.button(key="import_check_go").click().run()
    assert_plain(at, "import, checked")
    assert len(table_with(at, "Problem")) >= 1


def test_feedback_owed_shows_each_hostile_person_and_draft_as_plain_text(hostile):
    at = open_page("feedback")
    picker = at.selectbox(key="feedback_person")
    assert len(picker.options) >= 3  # Ada, the 10 KB name and Dee (Bob is do-not-contact)
    for index in range(len(picker.options)):
        at.selectbox(key="feedback_person").select_index(index).run()
        assert_plain(at, f"feedback person {index}")


def _fails_with_a_hostile_message(message: str) -> None:
    from app.ui.guards import reported

    with reported("Not saved"):
        raise ValueError(message)


def test_an_error_message_carrying_a_name_and_a_reason_is_plain_text():
    at = AppTest.from_function(_fails_with_a_hostile_message, args=(EVERYTHING,)).run()
    assert at.error
    assert_plain(at, "an error box")
    assert shown_text(at.error[0].value).startswith("Not saved: ![t](http://evil.example/")
