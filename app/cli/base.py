"""What every ``encore`` command shares: the Typer app, consoles, the database and the model.

Bad input never shows a traceback: ``fail`` prints a one-line message on stderr and exits 2.
Everything printed goes through ``app.cli.terminal`` (outside text is hostile).
"""

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text
from sqlalchemy.exc import OperationalError

# The consoles live with the rest of the terminal rules; commands import them from here too.
from app.cli.terminal import err as err
from app.cli.terminal import out as out
from app.cli.terminal import shown
from data.db import current_revision, head_revision, is_initialised, make_engine, session_scope
from data.settings import get_settings

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


def engine():
    return make_engine(state.db_url or get_settings().resolved_database_url)


def ready_engine():
    """The engine, with a plain message (not a traceback) if the database is not set up."""
    eng = engine()
    try:
        initialised = is_initialised(eng)
    except OperationalError as exc:
        fail(f"cannot open the database: {exc.orig}")
    if not initialised:
        fail("the database is not set up yet: run `encore init` first")
    if current_revision(eng) != head_revision():
        fail("the database was made by an older Encore: run `encore init` to upgrade it")
    return eng


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def load_embedder_or_fail():
    """The configured embedder. The static backend's first start distils its model from the
    bundled one: a line saying so, then a progress bar, instead of a silent minute."""
    from matching.embedder import load_embedder

    settings = get_settings()
    with ExitStack() as stack:
        bar: list[Callable[[int, int], None]] = []

        def on_distil(message: str) -> None:
            err.print(shown(message), highlight=False)
            bar.append(stack.enter_context(progress_bar("Distilling word pieces")))

        def progress(done: int, total: int) -> None:
            if bar:
                bar[0](done, total)

        try:
            return load_embedder(
                settings.model,
                backend=settings.embed_backend,
                on_distil=on_distil,
                progress=progress,
            )
        except ImportError as exc:
            fail(
                f"the '{settings.embed_backend}' backend needs a package that is not installed "
                f"({exc.name}): reinstall Encore (`make install`)"
            )
        except (OSError, ValueError) as exc:
            fail(f"cannot load the model '{settings.model}' from this machine: {exc}")


def resolve_opening(eng, ref: str) -> int:
    from data import crud

    with session_scope(eng) as session:
        found = crud.find_opening(session=session, external_id=ref)
        if found is None and ref.isdigit():
            found = crud.get_opening(session=session, opening_id=int(ref))
        if found is None:
            fail(f"no opening with id or external id '{ref}' (see `encore match --all-open`)")
        return found.id


def open_opening_ids(eng) -> list[int]:
    from data import crud

    with session_scope(eng) as session:
        return [o.id for o in crud.list_openings(session=session, status="open")]


def resolve_candidate(eng, ref: str) -> int:
    from data import crud

    with session_scope(eng) as session:
        found = crud.find_candidate(session=session, external_id=ref)
        if found is None and ref.isdigit():
            found = crud.get_candidate(session=session, candidate_id=int(ref))
        if found is None:
            fail(f"no candidate with id or external id '{ref}'")
        return found.id
