"""The one Typer app every ``encore`` command registers on, its global ``--db`` option, and how
a command fails on bad input: a one-line message on stderr and exit code 2, never a traceback.
"""

import os
from typing import Annotated

import typer
from rich.text import Text

from app.cli.terminal import err, shown

cli = typer.Typer(
    help="Encore: rediscover past candidates for new openings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class State:
    db_url: str | None = None


state = State()


def error_line(message: str) -> Text:
    """``error: message`` with the word in red; the message is plain text on one line."""
    return Text.assemble(("error:", "bold red"), " ", shown(message))


def fail(message: str, code: int = 2) -> None:
    err.print(error_line(message))
    raise typer.Exit(code)


@cli.callback()
def main_options(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: DATABASE_URL, else the local file)."),
    ] = None,
) -> None:
    state.db_url = db or os.environ.get("DATABASE_URL") or None
