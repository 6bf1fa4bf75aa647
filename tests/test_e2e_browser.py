"""End to end in Debian's Chromium: the served dashboard over the demo pool, indexed with the
real model. Search a role, see the expected person first, open another result's reasons and
evidence, write a draft and save it — at 1440 and at 390 pixels wide, with nothing on the page
pushed off the side of the screen.

Screenshots go to ``test-artifacts/`` (gitignored) for a look after the run.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from benchmarks.browser import CARD, CHROMIUM, chromium, served, wait_for_results
from data import crud
from data.db import make_engine, session_scope, upgrade
from data.demo import SCENARIO_OPENINGS, SCENARIOS
from data.models import Draft
from matching.indexer import index_pool
from tests.conftest import DEMO_AS_OF

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
WIDTHS = (1440, 390)  # a laptop, a phone
WAIT = 120_000  # ms: two shared cores in CI, and a step may wait behind a model run
pytestmark = [pytest.mark.browser, pytest.mark.model]

# Every element on the page whose box runs past the left or right edge of the window. Inside
# a scrolling box (a table, the tab strip) the box itself is what must fit, so its content is
# not looked at; hidden and empty boxes are skipped.
OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const main = document.querySelector('[data-testid="stMain"]');
  const clipped = [];
  for (const el of main.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    let up = el.parentElement, scrolled = false;
    while (up && up !== main) {
      if (getComputedStyle(up).overflowX !== 'visible') { scrolled = true; break; }
      up = up.parentElement;
    }
    if (scrolled) continue;
    if (box.left < -1 || box.right > width + 1) {
      const said = (el.innerText || '').slice(0, 40);
      clipped.push(`${el.tagName} "${said}" ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return clipped;
}"""


@pytest.fixture(scope="module")
def indexed_demo(tmp_path_factory, embedder):
    from data.demo import load_demo

    path = tmp_path_factory.mktemp("e2e") / "demo.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_scope(engine) as session:
        load_demo(session=session, as_of=DEMO_AS_OF)
    index_pool(engine, embedder)
    yield engine
    engine.dispose()


def _off_screen(page) -> list[str]:
    return page.evaluate(OFF_SCREEN)


def test_search_reasons_and_a_draft_in_a_real_browser_at_laptop_and_phone_width(indexed_demo):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    ARTIFACTS.mkdir(exist_ok=True)
    with session_scope(indexed_demo) as session:
        role = crud.find_opening(session=session, external_id=SCENARIO_OPENINGS["remote_backend"])
        felix_id = SCENARIOS["onsite_decliner_onsite_again"]
        felix = crud.find_candidate(session=session, external_id=felix_id)
    url = str(indexed_demo.url)
    clipped = {}
    # Served on the backend the pool was indexed with (the session's MiniLM embedder).
    env = {"ENCORE_MODEL": "all-MiniLM-L6-v2", "ENCORE_EMBED_BACKEND": "torch"}
    with served(url, env=env) as base, chromium() as browser:
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            # Two shared cores in CI: every step may wait behind a model run, so wait long.
            page.set_default_timeout(120_000)
            page.goto(f"{base}/search?opening={role.id}")
            page.get_by_role("button", name="Search", exact=True).click(timeout=120_000)
            wait_for_results(page)
            # Streamlit draws a card's box before its text: assertions retry until it is there.
            first = page.locator(CARD).first
            expect(first).to_contain_text("Sanne Visser", timeout=WAIT)
            # A card says who they are now and where, and when we last spoke.
            contact = re.compile(r"Last contact \d\d \w{3} \d{4}|Never contacted")
            expect(first).to_contain_text(contact, timeout=WAIT)
            clipped[f"{width} results"] = _off_screen(page)
            page.screenshot(path=ARTIFACTS / f"e2e-{width}-1-results.png", full_page=True)

            # Opening a later result (Felix, who declined an on-site offer and would consider
            # hybrid or remote) shows their reasons, the evidence in sentences under each, and the
            # score's parts in words; the search is not run again.
            felix_card = page.locator("[class*='st-key-search_card_']", has_text="Felix Hartmann")
            expect(felix_card).to_have_count(1, timeout=WAIT)
            felix_card.get_by_role("button", name="Details, draft and actions").click()
            details = page.locator(".st-key-search_details")
            details.locator("h3", has_text="Felix Hartmann").wait_for(timeout=60_000)
            details.get_by_text("Last time's reason is resolved").first.wait_for()
            expect(details).to_contain_text("Score parts", timeout=WAIT)
            text = details.inner_text()
            assert "office mandate" in text
            assert "Score parts" in text and "What they want" in text and "semantic" not in text
            assert "application_id" not in text and "{" not in text
            clipped[f"{width} details"] = _off_screen(page)
            page.screenshot(path=ARTIFACTS / f"e2e-{width}-2-reasons.png", full_page=True)

            if width == WIDTHS[0]:
                page.get_by_role("tab", name=re.compile("Draft a re-engagement")).click()
                page.get_by_role("button", name="Draft a re-engagement", exact=True).click()
                subject = page.get_by_label("Subject")
                subject.wait_for(timeout=120_000)
                assert subject.input_value()
                expect(page.get_by_text("Facts used")).to_be_visible(timeout=WAIT)
                page.get_by_role("button", name="Save draft", exact=True).click()
                page.get_by_text("Saved as draft").wait_for(timeout=60_000)
                # The Copy button sits in the page, whole, not in a popover off its bottom.
                copy = page.frame_locator("iframe").get_by_role("button", name="Copy")
                copy.wait_for()
                clipped[f"{width} draft"] = _off_screen(page)
                page.screenshot(path=ARTIFACTS / f"e2e-{width}-3-draft.png", full_page=True)
            page.close()

    assert {where: found for where, found in clipped.items() if found} == {}
    with session_scope(indexed_demo) as session:
        drafts = session.exec(select(Draft).where(Draft.candidate_id == felix.id)).all()
    assert len(drafts) == 1 and "Felix" in drafts[0].body
