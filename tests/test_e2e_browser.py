"""End to end in Debian's Chromium: the served dashboard over the demo pool, indexed with the
real model. Search a role, see the expected person first, open the reasons, write a draft.

Screenshots go to ``test-artifacts/`` (gitignored) for a look after the run.
"""

import re
from pathlib import Path

import pytest
from sqlmodel import select

from app.ui_bench import CHROMIUM, GRID, VIEWPORT, chromium, served, wait_for_results
from data import crud
from data.db import make_engine, session_scope, upgrade
from data.models import Draft
from matching.indexer import index_pool
from tests.conftest import DEMO_AS_OF

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.model]


@pytest.fixture(scope="module")
def indexed_demo(tmp_path_factory, embedder):
    from data.demo import load_demo

    path = tmp_path_factory.mktemp("e2e") / "demo.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_scope(engine) as session:
        load_demo(session, as_of=DEMO_AS_OF)
    index_pool(engine, embedder)
    yield engine
    engine.dispose()


def test_search_reasons_and_a_draft_in_a_real_browser(indexed_demo):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    with session_scope(indexed_demo) as session:
        role = crud.find_opening(session=session, external_id="DEMO-O001")
        sanne = crud.find_candidate(session=session, external_id="DEMO-C0203")
    url = str(indexed_demo.url)
    with served(url, env={"ENCORE_MODEL": "all-MiniLM-L6-v2"}) as base, chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(f"{base}/search?opening={role.id}")
        page.get_by_role("button", name="Search", exact=True).click(timeout=120_000)
        wait_for_results(page)
        first_row = page.locator(f'{GRID} [role="row"]').nth(1)
        assert "Sanne Visser" in first_row.text_content()
        page.screenshot(path=ARTIFACTS / "e2e-1-results.png", full_page=True)

        # The first person's reasons are open below the table; their evidence on demand.
        page.get_by_text("office mandate").first.wait_for()
        assert page.get_by_text("Last time's reason is resolved").first.is_visible()
        page.get_by_text("Evidence", exact=True).first.click()
        page.get_by_text("application_id").first.wait_for()
        page.screenshot(path=ARTIFACTS / "e2e-2-reasons.png", full_page=True)

        page.get_by_role("tab", name=re.compile("Draft a re-engagement")).click()
        page.get_by_role("button", name="Draft a re-engagement", exact=True).click()
        subject = page.get_by_label("Subject")
        subject.wait_for(timeout=120_000)
        assert subject.input_value()
        assert page.get_by_text("Facts used").is_visible()
        page.get_by_role("button", name="Save draft", exact=True).click()
        page.get_by_text("Saved as draft").wait_for(timeout=60_000)
        page.screenshot(path=ARTIFACTS / "e2e-3-draft.png", full_page=True)

    with session_scope(indexed_demo) as session:
        drafts = session.exec(select(Draft).where(Draft.candidate_id == sanne.id)).all()
    assert len(drafts) == 1 and "Sanne" in drafts[0].body
