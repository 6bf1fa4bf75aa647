"""In Debian's Chromium, the served dashboard over a hostile pool (names, titles, notes and a
draft made of Markdown images and links, <img> tags, raw URLs and bidi overrides) fetches
nothing from anywhere but itself, and builds no image or link out of what people typed.

One server, four pages (Candidate, Openings, Search details, Drafts); the hashing stand-in
embedder keeps it quick: this judges what the browser does, not the ranking.
"""

import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from benchmarks.browser import CHROMIUM, VIEWPORT, chromium, served
from data.db import make_engine, upgrade
from matching.embedder import HASHING_MODEL, load_embedder
from matching.indexer import index_pool
from tests.hostile import HOST, IMAGE, build_hostile_pool

pytestmark = pytest.mark.browser
LOCAL = {"127.0.0.1", "localhost"}


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile-e2e') / 'hostile.db'}"
    engine = make_engine(url)
    upgrade(engine)
    pool = build_hostile_pool(engine)
    index_pool(engine, load_embedder(HASHING_MODEL))
    engine.dispose()
    return url, pool


def _outside(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme not in ("data", "blob", "about") and parts.hostname not in LOCAL


def _made_from_user_text(page) -> list[str]:
    """Images and links on the page that point anywhere but the dashboard itself (the mail
    app button's ``mailto:`` is the one link meant to carry a person's address)."""
    sources = page.eval_on_selector_all("img", "els => els.map(e => e.currentSrc || e.src)")
    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    return [f"img {s}" for s in sources if _outside(s)] + [
        f"a {h}" for h in links if _outside(h) and not h.startswith("mailto:")
    ]


def _shows_as_typed(page, text: str, *, seconds: float = 60) -> bool:
    """Whether the text shows as typed (word joiners aside); the page may still be drawing
    when asked, so look again until it shows or the time is up."""
    deadline = time.monotonic() + seconds
    while True:
        if text in page.inner_text("body").replace("\u2060", ""):
            return True
        if time.monotonic() > deadline:
            return False
        page.wait_for_timeout(250)


def test_a_hostile_pool_loads_nothing_remote_and_shows_names_as_typed(hostile_db):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    url, pool = hostile_db
    requested: list[str] = []

    def only_local(route) -> None:
        requested.append(route.request.url)
        if _outside(route.request.url):
            route.abort()  # recorded, and never sent
        else:
            route.continue_()

    with served(url, env={"ENCORE_MODEL": HASHING_MODEL}) as base, chromium() as browser:
        context = browser.new_context(viewport=VIEWPORT)
        context.route("**/*", only_local)
        page = context.new_page()
        page.set_default_timeout(90_000)
        seen = {}

        page.goto(f"{base}/candidate?id={pool.ada}")
        page.locator("h2", has_text="Ada").wait_for()
        seen["candidate"] = (_made_from_user_text(page), _shows_as_typed(page, IMAGE))

        page.goto(f"{base}/openings")
        page.get_by_text("Search with filters").first.wait_for()
        seen["openings"] = (_made_from_user_text(page), _shows_as_typed(page, IMAGE))

        page.goto(f"{base}/search?opening={pool.opening_id}")
        page.get_by_role("button", name="Search", exact=True).click()
        page.get_by_role("button", name="Details, draft and actions").first.click()
        page.get_by_text("Score parts").wait_for()
        seen["search details"] = (_made_from_user_text(page), _shows_as_typed(page, IMAGE))

        page.goto(f"{base}/drafts")
        page.get_by_text("Catching up").first.wait_for()
        seen["drafts"] = (_made_from_user_text(page), _shows_as_typed(page, f"to ada@{HOST}"))
        context.close()

    assert [r for r in requested if _outside(r)] == []
    assert {where: made for where, (made, _) in seen.items() if made} == {}
    assert {where for where, (_, typed) in seen.items() if not typed} == set()
    assert any(r.startswith(base) for r in requested)  # the recording saw the page's own
