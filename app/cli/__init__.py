"""The ``encore`` command line (PRODUCT.md §4). Thin: parse, call ``data``/``matching``, print.

Each ``*_cmds`` module registers its commands on the one Typer app in ``typer_app``.
"""

import sys

from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from app.cli import (  # noqa: F401  (registers)
    match_cmds,
    outreach_cmds,
    pool_cmds,
    privacy_cmds,
    setup_cmds,
)
from app.cli.terminal import err
from app.cli.typer_app import cli, error_line

__all__ = ["cli", "main"]


def main() -> None:
    try:
        cli()
    except OperationalError as exc:
        # Locked, unreachable or damaged databases: say so plainly, never a traceback.
        err.print(error_line(f"the database could not be used: {exc.orig}"))
        sys.exit(3)
    except ValidationError as exc:
        # A setting from the environment that the settings object refuses: name it, once.
        for problem in exc.errors():
            name = "ENCORE_" + "_".join(str(p) for p in problem["loc"]).upper()
            err.print(error_line(f"{name}={problem.get('input')!r}: {problem['msg']}"))
        sys.exit(2)
