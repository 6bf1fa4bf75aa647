"""Filling the pool: ``encore import`` (exports, and résumé files) and ``encore index``."""

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated

import typer

from app.cli.database import ready_engine
from app.cli.model import load_embedder_or_fail
from app.cli.terminal import err, out, progress_bar, shown
from app.cli.typer_app import cli, fail
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
    kind: Annotated[
        str, typer.Argument(help="candidates | applications | openings | touchpoints | resumes")
    ],
    files: Annotated[
        list[Path],
        typer.Argument(
            help="A CSV or XLSX export; for resumes, PDF / DOCX / RTF / TXT files, folders or zips."
        ),
    ],
    preset: Annotated[
        str,
        typer.Option(
            help="Column preset (for resumes, how the ATS prefixes ids in file names): "
            "generic | greenhouse | lever | workable | ashby."
        ),
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
    create: Annotated[
        bool,
        typer.Option(
            "--create",
            help="resumes: a file that matches no one makes a new person from its contact details.",
        ),
    ] = False,
) -> None:
    """Import a CSV or XLSX file (bad rows are listed by row and field; good rows are kept),
    or résumé files into the profiles of the people they belong to."""
    from data.importers import KINDS, PRESET_NAMES, ImportRefused, import_file

    if kind not in (*KINDS, "resumes"):
        fail(f"unknown kind '{kind}': use one of {', '.join(KINDS)}, resumes")
    if preset.lower() not in PRESET_NAMES:
        fail(f"unknown preset '{preset}': use one of {', '.join(PRESET_NAMES)}")
    if kind == "resumes":
        if map_:
            fail("--map is for CSV and XLSX columns; résumé files have none")
        _import_resumes(files, preset=preset.lower(), dry_run=dry_run, create=create)
        return
    if create:
        fail("--create is for résumé files: a CSV row with a new id or email is always added")
    if len(files) != 1:
        fail(f"import {kind} takes one file ({len(files)} given)")
    file = files[0]
    eng = ready_engine()
    try:
        with (
            _bar_once_rows_are_written(f"Importing {kind}") as update,
            session_scope(eng) as session,
        ):
            report = import_file(
                session=session,
                kind=kind,
                source=file,
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


def _import_resumes(files: list[Path], *, preset: str, dry_run: bool, create: bool) -> None:
    from data.importers import ImportRefused
    from data.importers.resumes import place_files, read_files

    eng = ready_engine()
    try:
        with progress_bar("Reading résumés") as update:
            read = read_files(files, progress=update)
    except ImportRefused as exc:
        fail(f"nothing was imported — {exc}")
    with session_scope(eng) as session:
        report = place_files(
            session=session,
            read=read,
            preset=preset,
            create=create,
            dry_run=dry_run,
            actor=get_settings().recruiter,
        )
    for result in report.files:
        line = "  " + shown(result.line(dry_run=dry_run))
        (err if result.outcome == "refused" else out).print(line, soft_wrap=True)
    out.print(report.summary(), soft_wrap=True)
    if report.counts["review"]:
        out.print("Files that fit more than one person: see `encore duplicates`, then merge.")
    if report.counts["refused"]:
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
    # No drawing thread: the reader's worker processes are forked (cheap) only from a process
    # running no other thread.
    with progress_bar("Reading notes", threaded=False) as update:
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
