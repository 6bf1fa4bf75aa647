"""``encore bench --ui``: seconds from clicking Search to ranked rows, in a real Chromium.

The dashboard is served for real (``encore serve`` in a child process) over a demo pool
indexed with the real model, and over a 10,000-candidate synthetic pool whose stored vectors
are random (the same arithmetic at that size; the role's text is still embedded by the real
model on each click). Each timed run opens a fresh page for a different open role, so the
role's text is not in the matcher's cache; the first click of a server also loads the model
and the pool index and is reported on its own ("cold").

The same helpers start the server and the browser for the end-to-end test.
"""

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
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


def click_to_results(page, base: str, opening_id: int, *, timeout_ms: int = 300_000) -> float:
    """Open Search for one role, click Search, and time until result rows are visible."""
    page.goto(f"{base}/search?opening={opening_id}")
    button = page.get_by_role("button", name="Search", exact=True)
    button.wait_for(timeout=timeout_ms)
    started = time.perf_counter()
    button.click()
    wait_for_results(page, timeout_ms=timeout_ms)
    return time.perf_counter() - started


def wait_for_results(page, *, timeout_ms: int = 300_000) -> None:
    """Until the results grid is on screen with its rows drawn."""
    page.locator(GRID).first.wait_for(state="visible", timeout=timeout_ms)
    page.locator(RESULTS).first.wait_for(state="attached", timeout=timeout_ms)


def time_pool(db_url: str, opening_ids: list[int], *, runs: int) -> dict:
    with served(db_url, env={"ENCORE_MODEL": "all-MiniLM-L6-v2"}) as base, chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        cold = click_to_results(page, base, opening_ids[0])
        warm, cached = [], []
        for i in range(runs):
            page = browser.new_page(viewport=VIEWPORT)
            warm.append(click_to_results(page, base, opening_ids[(i + 1) % len(opening_ids)]))
            page.close()
        for _ in range(runs):
            page = browser.new_page(viewport=VIEWPORT)
            cached.append(click_to_results(page, base, opening_ids[0]))
            page.close()
    return {
        "cached_median_seconds": statistics.median(cached),
        "load_average": round(os.getloadavg()[0], 1),
        "cold_seconds": cold,
        "median_seconds": statistics.median(warm),
        "max_seconds": max(warm),
        "runs": runs,
    }


def build_demo_pool(path: Path, progress: Callable[[str], None]) -> tuple[str, list[int]]:
    from data.db import make_engine, session_scope, upgrade
    from data.demo import load_demo
    from data.overview import open_openings
    from matching.embedder import load_embedder
    from matching.indexer import index_pool

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    progress("loading the demo pool")
    with session_scope(engine) as session:
        load_demo(session)
    progress("indexing the demo pool with the configured model and backend")
    index_pool(engine, load_embedder())
    ids = [o.id for o in open_openings(engine)]
    engine.dispose()
    return f"sqlite:///{path}", ids


def build_synthetic_pool(path: Path, size: int, progress: Callable[[str], None]):
    from matching.bench import synthetic
    from matching.bench.pool import (
        fresh_engine,
        insert_history,
        insert_openings,
        insert_people,
        insert_random_vectors,
    )

    progress(f"building a {size:,}-candidate pool")
    engine = fresh_engine(path)
    owners = insert_people(engine, synthetic.people(size, seed=size, resume_words=(20, 60)))
    ids = insert_openings(engine, synthetic.openings(20))
    insert_history(engine, size, ids)
    insert_random_vectors(engine, "all-MiniLM-L6-v2", size, owners)
    engine.dispose()
    return f"sqlite:///{path}", ids


def run_ui_bench(
    work_dir: Path,
    *,
    sizes: tuple[int, ...] = (10_000,),
    runs: int = 5,
    progress: Callable[[str], None] = print,
) -> list[dict]:
    work_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    url, ids = build_demo_pool(work_dir / "ui-demo.db", progress)
    progress("timing the demo pool in Chromium")
    rows.append({"pool": "demo (460)", **time_pool(url, ids, runs=runs)})
    for size in sizes:
        url, ids = build_synthetic_pool(work_dir / f"ui-{size}.db", size, progress)
        progress(f"timing {size:,} candidates in Chromium")
        rows.append({"pool": f"{size:,} synthetic", **time_pool(url, ids, runs=runs)})
    return rows


def format_ui_report(rows: list[dict]) -> str:
    lines = [
        "Click → results in Chromium, seconds. cold: the server's first click (loads the model",
        "and the index); new role: model loaded, the role's text embedded on this click;",
        "same role: the role's text already embedded (page, ranking and drawing only).",
        "",
        f"{'pool':<18}{'cold':>7}{'new role median':>17}{'max':>7}{'same role median':>18}"
        f"{'runs':>6}{'load avg':>10}",
    ]
    for r in rows:
        lines.append(
            f"{r['pool']:<18}{r['cold_seconds']:>7.2f}{r['median_seconds']:>17.2f}"
            f"{r['max_seconds']:>7.2f}{r['cached_median_seconds']:>18.2f}{r['runs']:>6}"
            f"{r.get('load_average', 0):>10.1f}"
        )
    lines.append(f"CPUs: {os.cpu_count()}; load average = 1-minute load after each pool's runs.")
    return "\n".join(lines)
