"""Filling the pool: ``encore import`` and ``encore index``."""

from pathlib import Path
from typing import Annotated

import typer

from app.cli.base import cli, err, fail, load_embedder_or_fail, out, progress_bar, ready_engine
from data.db import session_scope
from data.settings import get_settings


@cli.command("import")
def import_(
    kind: Annotated[str, typer.Argument(help="candidates | applications | openings | touchpoints")],
    file: Annotated[Path, typer.Argument(help="A CSV or XLSX export.")],
    preset: Annotated[str, typer.Option(help="Column preset: generic.")] = "generic",
) -> None:
    """Import a CSV or XLSX file. Bad rows are listed by row and field; good rows are kept."""
    from data.importers import KINDS, ImportRefused, import_file

    if kind not in KINDS:
        fail(f"unknown kind '{kind}': use one of {', '.join(KINDS)}")
    if preset != "generic":
        fail(f"unknown preset '{preset}': only 'generic' is available in this version")
    eng = ready_engine()
    try:
        with progress_bar(f"Importing {kind}") as update, session_scope(eng) as session:
            report = import_file(
                session, kind, file, progress=update, actor=get_settings().recruiter
            )
    except ImportRefused as exc:
        fail(f"{file}: refused, nothing was changed — {exc}")
    for error in report.errors:
        err.print(f"  {file}: {error}", highlight=False)
    out.print(report.summary())
    if report.errors:
        raise typer.Exit(1)


@cli.command()
def index(
    batch: Annotated[int, typer.Option(help="Texts embedded per committed batch.")] = 512,
) -> None:
    """Embed what changed since the last run (new or edited profiles and motivations)."""
    from matching.indexer import index_pool

    eng = ready_engine()
    embedder = load_embedder_or_fail()
    with progress_bar(f"Embedding with {embedder.name}") as update:
        report = index_pool(eng, embedder, progress=update, batch_texts=batch)
    out.print(
        f"Indexed {report.candidates} candidates: {report.candidates_changed} changed, "
        f"{report.texts_embedded} texts embedded, {report.vectors_removed} stale vectors removed."
    )
