"""Setting up: ``encore init``, ``encore demo`` and ``encore serve``."""

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import OperationalError

from app.cli.base import cli, engine, fail, out, progress_bar, ready_engine, state
from data.db import session_scope, upgrade


@cli.command()
def init() -> None:
    """Create the database, or upgrade it to the current schema (safe to repeat)."""
    eng = engine()
    try:
        upgrade(eng)
    except OperationalError as exc:
        fail(f"cannot open the database: {exc.orig}")
    out.print(f"Database ready: {eng.url.render_as_string(hide_password=True)}")


@cli.command()
def demo(
    as_of: Annotated[
        str | None,
        typer.Option(help="Pin the pool's dates to this day (YYYY-MM-DD); default today."),
    ] = None,
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Only load when the pool has no candidates.")
    ] = False,
) -> None:
    """Load the deterministic demo pool (idempotent)."""
    from data.demo import load_demo
    from data.overview import pool_overview

    try:
        pinned = date.fromisoformat(as_of) if as_of else None
    except ValueError:
        fail(f"--as-of '{as_of}' is not a date (use YYYY-MM-DD)")
    eng = ready_engine()
    if if_empty and not pool_overview(eng).empty:
        out.print("The pool already has candidates; the demo pool was not loaded.")
        return
    with progress_bar("Loading the demo pool") as update, session_scope(eng) as session:
        counts = load_demo(session, as_of=pinned, progress=update)
    out.print("Demo pool loaded: " + ", ".join(f"{n} {name}" for name, n in counts.items()))


@cli.command()
def serve(
    port: Annotated[int, typer.Option(help="Port for the dashboard.")] = 8501,
    headless: Annotated[bool, typer.Option(help="Do not open a browser window.")] = True,
) -> None:
    """Start the dashboard."""
    from streamlit.web import cli as stcli

    app_file = Path(__file__).resolve().parents[2] / "streamlit_app.py"
    if state.db_url:
        os.environ["DATABASE_URL"] = state.db_url
    sys.argv = [
        "streamlit",
        "run",
        str(app_file),
        "--server.port",
        str(port),
        "--server.headless",
        str(headless).lower(),
        "--browser.gatherUsageStats",
        "false",
    ]
    sys.exit(stcli.main())
