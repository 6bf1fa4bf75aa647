"""The demo pool: a deterministic, realistic pool every user sees first (and the tests use)."""

from collections.abc import Callable
from datetime import date

from sqlmodel import Session

from data import crud
from data.demo.pool import SCENARIO_OPENINGS, SCENARIOS, DemoPool, build_demo_pool
from data.timeutil import utcnow

__all__ = ["SCENARIOS", "SCENARIO_OPENINGS", "DemoPool", "build_demo_pool", "load_demo"]


def load_demo(
    *,
    session: Session,
    as_of: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Upsert the demo pool; loading it twice on the same day changes nothing.

    Dates are offsets back from ``as_of`` (default: today, UTC) so the pool always looks
    current; pass a fixed date for a byte-identical pool.
    """
    pool = build_demo_pool(as_of or utcnow().date())
    steps = [
        ("openings", crud.upsert_opening, pool.openings),
        ("candidates", crud.upsert_candidate, pool.candidates),
        ("applications", crud.upsert_application, pool.applications),
        ("touchpoints", crud.upsert_touchpoint, pool.touchpoints),
    ]
    total = sum(len(items) for _, _, items in steps)
    done = 0
    counts: dict[str, int] = {}
    for name, write, items in steps:
        for values in items:
            write(session=session, values=dict(values))
            done += 1
            if progress and (done % 50 == 0 or done == total):
                progress(done, total)
        counts[name] = len(items)
    return counts
