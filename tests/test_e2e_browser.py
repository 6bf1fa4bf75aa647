"""End to end in Debian's Chromium: the served dashboard over the demo pool, indexed with the
real model. Search a role, see the expected person first, select another row to open their reasons
and evidence, write a draft and save it.

Screenshots go to ``test-artifacts/`` (gitignored) for a look after the run.
"""

import re
from pathlib import Path

import pytest
from sqlmodel import select

from app.ui_bench import CHROMIUM, GRID, VIEWPORT, chromium, served, wait_for_results
from data import crud
from data.db import make_engine, session_scope, upgrade
from data.demo import SCENARIO_OPENINGS, SCENARIOS
from data.models import Draft
from matching.indexer import index_pool
from tests.conftest import DEMO_AS_OF

ROW_PX = 35  # the grid's header and row height
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
        role = crud.find_opening(session=session, external_id=SCENARIO_OPENINGS["remote_backend"])
        felix_id = SCENARIOS["onsite_decliner_onsite_again"]
        felix = crud.find_candidate(session=session, external_id=felix_id)
    url = str(indexed_demo.url)
    with served(url, env={"ENCORE_MODEL": "all-MiniLM-L6-v2"}) as base, chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        # Two shared cores in CI: every step may wait behind a model run, so wait generously.
        page.set_default_timeout(120_000)
        page.goto(f"{base}/search?opening={role.id}")
        page.get_by_role("button", name="Search", exact=True).click(timeout=120_000)
        wait_for_results(page)
        first_row = page.locator(f'{GRID} [role="row"]').nth(1)
        assert "Sanne Visser" in first_row.text_content()
        page.screenshot(path=ARTIFACTS / "e2e-1-results.png", full_page=True)

        # Selecting a row opens that person's reasons below the table, evidence on demand.
        grid = page.locator(GRID).first
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 16, box["y"] + ROW_PX * 2 + ROW_PX // 2)  # 2nd row's tick
        page.locator("h3", has_text="Felix Hartmann").wait_for(timeout=60_000)
        details = page.locator('[data-testid="stMarkdownContainer"]')
        details.filter(has_text="Last time's reason is resolved").first.wait_for()
        assert details.filter(has_text="office mandate").count() >= 1
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
        drafts = session.exec(select(Draft).where(Draft.candidate_id == felix.id)).all()
    assert len(drafts) == 1 and "Felix" in drafts[0].body
