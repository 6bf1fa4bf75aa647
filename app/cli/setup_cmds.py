"""Setting up: ``encore init``, ``encore demo`` and ``encore serve``."""

import ipaddress
import os
import socket
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text
from sqlalchemy.exc import OperationalError

from app.cli.database import engine, ready_engine
from app.cli.model import prepare_model
from app.cli.terminal import err, out, progress_bar, shown
from app.cli.typer_app import cli, fail, state
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
        counts = load_demo(session=session, as_of=pinned, progress=update)
    out.print("Demo pool loaded: " + ", ".join(f"{n} {name}" for name, n in counts.items()))


# Only this machine: anyone who can reach the port sees the whole pool unless sign-in is set up.
LOOPBACK = "127.0.0.1"
WILDCARDS = {"0.0.0.0", "::", ""}  # every interface
PRELOAD_WAIT_SECONDS = 10.0  # the longest `encore serve` waits for the pool before serving


@cli.command()
def serve(
    port: Annotated[int, typer.Option(help="Port for the dashboard.")] = 8501,
    address: Annotated[
        str,
        typer.Option(
            help="Where to listen: 127.0.0.1 is this machine only; 0.0.0.0 serves a team "
            "(set up sign-in first: README, 'Running for a team')."
        ),
    ] = LOOPBACK,
    headless: Annotated[bool, typer.Option(help="Do not open a browser window.")] = True,
) -> None:
    """Start the dashboard (this machine only, unless --address says otherwise)."""
    from streamlit import config
    from streamlit.web import cli as stcli

    from app.identity import auth_configured

    app_file = Path(__file__).resolve().parents[2] / "streamlit_app.py"
    if state.db_url:
        os.environ["DATABASE_URL"] = state.db_url
    options = {
        "server.address": address,
        "server.port": port,
        "server.headless": headless,
        "server.showEmailPrompt": False,
        # Set by hand, the address printed for the browser is this one: Streamlit then skips
        # working out the machine's LAN and public addresses for its start-up banner.
        "browser.serverAddress": socket.gethostname() if address in WILDCARDS else address,
        "browser.gatherUsageStats": False,
        # A served dashboard does not reload itself when its source files change: watching
        # every imported module costs its first page seconds.
        "server.fileWatcherType": "none",
    }
    if not _is_loopback(address):
        # Reading the secrets reads the config: with these options, as `streamlit run` will.
        config.get_config_options(force_reparse=True, options_from_flags=options)
        if not auth_configured():
            err.print(
                Text.assemble(
                    ("warning:", "bold yellow"),
                    f" listening on {shown(address)} with no sign-in: anyone who can reach "
                    "this machine sees the pool. Add an [auth] section to "
                    ".streamlit/secrets.toml (README, 'Running for a team').",
                )
            )
    _no_address_lookups()
    prepare_model()  # a first start distils here, with a progress bar, not in a silent page
    if os.environ.get("ENCORE_PRELOAD", "1") != "0":  # 0: the bench's "before" figures
        from app.resources import import_what_pages_import, preload_in_background

        import_what_pages_import()  # before serving: a first page need not import them
        # Read the pool before serving, up to a point: read while the first page is drawn,
        # it would slow that page down; a pool too big to read in time goes on reading
        # while the server starts.
        err.print("Reading the pool before serving…", highlight=False)
        preload_in_background().wait(PRELOAD_WAIT_SECONDS)
    sys.argv = ["streamlit", "run", str(app_file)]
    for name, value in options.items():
        sys.argv += [f"--{name}", str(value).lower() if isinstance(value, bool) else str(value)]
    sys.exit(stcli.main())


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address == "localhost"


def _no_address_lookups() -> None:
    """Streamlit asks checkip.amazonaws.com for this machine's public address (and opens a
    socket towards 8.8.8.8 for its LAN one) to vet a WebSocket from another origin. Encore
    sends nothing out: such a connection is vetted against localhost, the address served
    and ``server.corsAllowedOrigins`` only."""
    from streamlit import net_util

    for name in ("get_external_ip", "get_internal_ip"):
        if hasattr(net_util, name):
            setattr(net_util, name, lambda: None)
