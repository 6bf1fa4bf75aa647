"""``encore bench --ui``: seconds from clicking Search to ranked rows, in a real Chromium.

The dashboard is served for real (``encore serve`` in a child process) over a demo pool
indexed with the real model, and over a 10,000-candidate synthetic pool whose stored vectors
are random (the same arithmetic at that size). As after ``encore index``, every open role's
vectors are stored, so today's page never needs the model for an open role; the old page
loads it before its first search, as it did. Each timed run opens a fresh page for a
different open role; the first click of a server also loads the pool index (and, on the old
page, the model) and is reported on its own ("cold"), beside how long the server's first
page took to show its Search button.

Two pages are timed in the same run: today's Search page (``now``) and the page as it was
before issue 15 (``before``, ``benchmarks/ui_pages/search_before.py``, served only when
``ENCORE_BENCH_PAGES=1``). Each gets a fresh server for its cold figures; the warm clicks then
alternate between the two on one server, so a busy machine slows both alike.

Serving the dashboard and driving the browser are ``benchmarks.browser``'s, shared with the
browser tests.
"""

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.browser import PAGES, VIEWPORT, chromium, click_to_results, served

BENCH_ENV = {"ENCORE_MODEL": "all-MiniLM-L6-v2", "ENCORE_BENCH_PAGES": "1"}
# What each page's fresh server does at start: before issue 15 nothing was loaded ahead.
START_ENV = {"now": {}, "before": {"ENCORE_PRELOAD": "0"}}


def first_page_then_click(page, base: str, opening_id: int, which: str) -> tuple[float, float]:
    """On a server that has served nothing yet: seconds until the Search page shows its
    button, then from the click to results."""
    started = time.perf_counter()
    page.goto(f"{base}/{PAGES[which][0]}?opening={opening_id}")
    page.get_by_role("button", name="Search", exact=True).wait_for(timeout=300_000)
    first_page = time.perf_counter() - started
    return first_page, click_to_results(page, base, opening_id, which=which)


def time_pool(
    db_url: str, opening_ids: list[int], *, runs: int, pages: tuple[str, ...] = ("before", "now")
) -> list[dict]:
    """One row per page: its cold figures on a fresh server, then warm clicks alternating
    between the pages on one shared server."""
    rows = {p: {"page": p, "runs": runs} for p in pages}
    for which in pages:
        env = {**BENCH_ENV, **START_ENV[which]}
        started = time.perf_counter()
        with served(db_url, env=env) as base, chromium() as browser:
            ready = time.perf_counter() - started  # `encore serve` until it answers
            page = browser.new_page(viewport=VIEWPORT)
            first, cold = first_page_then_click(page, base, opening_ids[0], which)
            rows[which].update(ready_seconds=ready, first_page_seconds=first, cold_seconds=cold)
    warm = {p: [] for p in pages}
    cached = {p: [] for p in pages}
    with served(db_url, env=BENCH_ENV) as base, chromium() as browser:
        for which in pages:  # load the model and the pool; not timed
            page = browser.new_page(viewport=VIEWPORT)
            click_to_results(page, base, opening_ids[0], which=which)
            page.close()
        n = 1
        for _ in range(runs):
            for which in pages:
                page = browser.new_page(viewport=VIEWPORT)
                role = opening_ids[n % len(opening_ids)]
                warm[which].append(click_to_results(page, base, role, which=which))
                page.close()
                n += 1
        for _ in range(runs):
            for which in pages:
                page = browser.new_page(viewport=VIEWPORT)
                cached[which].append(click_to_results(page, base, opening_ids[0], which=which))
                page.close()
    load = round(os.getloadavg()[0], 1)
    for which in pages:
        rows[which].update(
            median_seconds=statistics.median(warm[which]),
            max_seconds=max(warm[which]),
            cached_median_seconds=statistics.median(cached[which]),
            load_average=load,
        )
    return [rows[p] for p in pages]


def kept_pool(path: Path) -> tuple[str, list[int]] | None:
    """A pool an earlier run built at ``path`` and finished (``--keep-pools``), brought up to
    date (migrations, open roles' stored vectors) as ``encore init`` and ``encore index``
    would; or None."""
    from data.db import make_engine, upgrade
    from data.overview import open_openings

    if not Path(f"{path}.done").exists():
        return None
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    _keep_roles(engine)
    ids = [o.id for o in open_openings(engine)]
    engine.dispose()
    return f"sqlite:///{path}", ids


def _keep_roles(engine) -> None:
    """What ``encore index`` stores for open roles, so a search of one runs no model (the
    model loads only if something is missing)."""
    from matching.embedder import lazy_embedder
    from matching.query_vectors import keep_open_roles

    keep_open_roles(engine, lazy_embedder(BENCH_ENV["ENCORE_MODEL"]))


def build_demo_pool(path: Path, progress: Callable[[str], None]) -> tuple[str, list[int]]:
    from data.db import make_engine, session_scope, upgrade
    from data.demo import load_demo
    from data.overview import open_openings
    from matching.embedder import load_embedder
    from matching.indexer import index_pool

    Path(f"{path}.done").unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    progress("loading the demo pool")
    with session_scope(engine) as session:
        load_demo(session=session)
    progress("indexing the demo pool with the configured model and backend")
    index_pool(engine, load_embedder())
    ids = [o.id for o in open_openings(engine)]
    engine.dispose()
    Path(f"{path}.done").touch()
    return f"sqlite:///{path}", ids


def build_synthetic_pool(path: Path, size: int, progress: Callable[[str], None]):
    from benchmarks import synthetic
    from benchmarks.pool import (
        fresh_engine,
        insert_history,
        insert_openings,
        insert_people,
        insert_random_vectors,
    )

    progress(f"building a {size:,}-candidate pool")
    Path(f"{path}.done").unlink(missing_ok=True)
    engine = fresh_engine(path)
    owners = insert_people(engine, synthetic.people(size, seed=size, resume_words=(20, 60)))
    ids = insert_openings(engine, synthetic.openings(20))
    insert_history(engine, size, ids)
    insert_random_vectors(engine, BENCH_ENV["ENCORE_MODEL"], size, owners)
    _keep_roles(engine)
    engine.dispose()
    Path(f"{path}.done").touch()
    return f"sqlite:///{path}", ids


def run_ui_bench(
    work_dir: Path,
    *,
    sizes: tuple[int, ...] = (10_000,),
    runs: int = 5,
    pages: tuple[str, ...] = ("before", "now"),
    keep_pools: bool = False,
    progress: Callable[[str], None] = print,
) -> list[dict]:
    """``keep_pools``: reuse the pools an earlier run left in ``work_dir``."""
    work_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    demo = work_dir / "ui-demo.db"
    url, ids = (keep_pools and kept_pool(demo)) or build_demo_pool(demo, progress)
    progress("timing the demo pool in Chromium")
    rows += [{"pool": "demo (460)", **r} for r in time_pool(url, ids, runs=runs, pages=pages)]
    for size in sizes:
        path = work_dir / f"ui-{size}.db"
        url, ids = (keep_pools and kept_pool(path)) or build_synthetic_pool(path, size, progress)
        progress(f"timing {size:,} candidates in Chromium")
        timed = time_pool(url, ids, runs=runs, pages=pages)
        rows += [{"pool": f"{size:,} synthetic", **r} for r in timed]
    return rows


def format_ui_report(rows: list[dict]) -> str:
    lines = [
        "Click → results in Chromium, seconds. page: now = today's Search page, before = the",
        "page before issue 15 (same run). ready: `encore serve` started until it answers (today",
        "it reads the pool first, up to 10 s; the old page's server did not). first page: then",
        "its first Search page until its button shows; cold: that server's first click (on the",
        "old page it loads the model; the index on both); new role: a role not searched on this",
        "server yet; same role: a role searched before (page, ranking and drawing only). Warm",
        "clicks alternate the pages.",
        "",
        f"{'pool':<18}{'page':<8}{'ready':>7}{'first page':>11}{'cold':>7}"
        f"{'new role median':>17}{'max':>7}"
        f"{'same role median':>18}{'runs':>6}{'load avg':>10}",
    ]
    for r in rows:
        lines.append(
            f"{r['pool']:<18}{r['page']:<8}{r.get('ready_seconds', 0):>7.2f}"
            f"{r['first_page_seconds']:>11.2f}"
            f"{r['cold_seconds']:>7.2f}{r['median_seconds']:>17.2f}{r['max_seconds']:>7.2f}"
            f"{r['cached_median_seconds']:>18.2f}{r['runs']:>6}{r.get('load_average', 0):>10.1f}"
        )
    by_pool: dict[str, dict[str, dict]] = {}
    for r in rows:
        by_pool.setdefault(r["pool"], {})[r["page"]] = r
    for pool, pages in by_pool.items():
        if "now" in pages and "before" in pages:
            ratios = ", ".join(
                f"{label} {pages['now'][key] / pages['before'][key]:.2f}"
                for label, key in (
                    ("new role", "median_seconds"),
                    ("same role", "cached_median_seconds"),
                    ("cold", "cold_seconds"),
                    ("first page", "first_page_seconds"),
                )
            )
            lines.append(f"{pool}: now ÷ before — {ratios}")
    lines.append(f"CPUs: {os.cpu_count()}; load average = 1-minute load after each pool's runs.")
    return "\n".join(lines)
