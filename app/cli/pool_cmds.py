"""Filling the pool: ``encore import`` and ``encore index``."""

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated

import typer

from app.cli.base import cli, err, fail, load_embedder_or_fail, out, progress_bar, ready_engine
from app.cli.terminal import shown
from data.db import session_scope
from data.settings import get_settings


@contextmanager
def _bar_once_rows_are_written(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar that appears only when rows are written: a refused file prints its
    one-line reason and nothing else."""
    with ExitStack() as stack:
        bar: list[Callable[[int, int], None]] = []

        def update(done: int, total: int) -> None:
            if not bar:
                bar.append(stack.enter_context(progress_bar(label)))
            bar[0](done, total)

        yield update


@cli.command("import")
def import_(
    kind: Annotated[str, typer.Argument(help="candidates | applications | openings | touchpoints")],
    file: Annotated[Path, typer.Argument(help="A CSV or XLSX export.")],
    preset: Annotated[
        str, typer.Option(help="Column preset: generic | greenhouse | lever | workable | ashby.")
    ] = "generic",
    map_: Annotated[
        list[str] | None,
        typer.Option(
            "--map", help='Map a column: "Their column=field" (repeatable; "Column=" skips it).'
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be added, updated and refused.")
    ] = False,
) -> None:
    """Import a CSV or XLSX file. Bad rows are listed by row and field; good rows are kept."""
    from data.importers import KINDS, PRESET_NAMES, ImportRefused, import_file

    if kind not in KINDS:
        fail(f"unknown kind '{kind}': use one of {', '.join(KINDS)}")
    if preset.lower() not in PRESET_NAMES:
        fail(f"unknown preset '{preset}': use one of {', '.join(PRESET_NAMES)}")
    eng = ready_engine()
    try:
        with (
            _bar_once_rows_are_written(f"Importing {kind}") as update,
            session_scope(eng) as session,
        ):
            report = import_file(
                session,
                kind,
                file,
                preset=preset.lower(),
                mapping=map_ or None,
                dry_run=dry_run,
                progress=update,
                actor=get_settings().recruiter,
            )
    except ImportRefused as exc:
        fail(f"{file}: refused, nothing was changed — {exc}")
    for error in report.errors:
        err.print("  " + shown(f"{file}: {error}"))
    out.print(report.summary())
    if report.errors:
        raise typer.Exit(1)


@cli.command()
def index(
    batch: Annotated[int, typer.Option(help="Texts embedded per committed batch.")] = 512,
) -> None:
    """Read and embed what changed since the last run (new or edited profiles, motivations
    and notes)."""
    from data.conditions import read_pool
    from matching.indexer import index_pool

    eng = ready_engine()
    with progress_bar("Reading notes") as update:
        read = read_pool(eng, progress=update)
    out.print(
        f"Read {read.sources_read} changed texts of {read.people} people: "
        f"{read.conditions} conditions found."
    )
    embedder = load_embedder_or_fail()
    with progress_bar(f"Embedding with {embedder.name}") as update:
        report = index_pool(eng, embedder, progress=update, batch_texts=batch)
    out.print(
        f"Indexed {report.candidates} candidates: {report.candidates_changed} changed, "
        f"{report.texts_embedded} texts embedded, {report.vectors_removed} stale vectors removed."
    )
    if report.texts_skipped:
        out.print(
            f"{report.texts_skipped} texts changed or were removed while this ran: "
            "run `encore index` again to embed what is still there."
        )
