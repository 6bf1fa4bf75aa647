"""The dashboard served for real and Debian's Chromium driving it, for ``encore bench --ui``
and for the browser tests.

``served`` runs ``encore serve`` in a child process over a database; ``chromium`` is Playwright
on the system browser (never a downloaded one); ``click_to_results`` times one click on Search
until results are on screen, on today's page (``now``) or the old one (``before``, served only
with ``ENCORE_BENCH_PAGES=1``: ``benchmarks/ui_pages/search_before.py``).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}
GRID = '[data-testid="stDataFrame"]'
# The grid draws on a canvas; its cells also exist as an accessible table, never "visible".
RESULTS = f'{GRID} [role="gridcell"]'
CARD = ".st-key-search_card_1"  # today's page: the first result card (a keyed container)
# page → (URL path, what shows its results have arrived)
PAGES = {"now": ("search", CARD), "before": ("search-before", RESULTS)}


class BrowserMissing(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(db_url: str, *, env: dict[str, str] | None = None, timeout: float = 90) -> Iterator[str]:
    """Run ``encore serve`` on a free port over ``db_url``; yields the base URL."""
    port = free_port()
    child_env = {**os.environ, "DATABASE_URL": db_url, "HF_HUB_OFFLINE": "1", **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=child_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=5) as reply:
                    if reply.read() == b"ok":
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    detail = proc.stderr.read().decode() if proc.poll() is not None else ""
                    raise RuntimeError(f"the dashboard did not start: {detail[-2000:]}") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (no browser download)."""
    if not Path(CHROMIUM).exists():
        raise BrowserMissing(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def click_to_results(
    page, base: str, opening_id: int, *, timeout_ms: int = 300_000, which: str = "now"
) -> float:
    """Open Search for one role, click Search, and time until result rows are visible."""
    page.goto(f"{base}/{PAGES[which][0]}?opening={opening_id}")
    button = page.get_by_role("button", name="Search", exact=True)
    button.wait_for(timeout=timeout_ms)
    started = time.perf_counter()
    button.click()
    wait_for_results(page, timeout_ms=timeout_ms, which=which)
    return time.perf_counter() - started


def wait_for_results(page, *, timeout_ms: int = 300_000, which: str = "now") -> None:
    """Until the results are on screen: today's first card, or the old page's grid rows."""
    if which == "before":
        page.locator(GRID).first.wait_for(state="visible", timeout=timeout_ms)
        page.locator(RESULTS).first.wait_for(state="attached", timeout=timeout_ms)
    else:
        page.locator(CARD).first.wait_for(state="visible", timeout=timeout_ms)
