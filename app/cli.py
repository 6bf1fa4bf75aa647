"""The ``encore`` command line (PRODUCT.md §4). Thin: parse, call ``data``/``matching``, print.

Bad input never shows a traceback: it becomes a one-line message on stderr and exit code 2.
"""

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy.exc import OperationalError

from data.db import (
    current_revision,
    head_revision,
    is_initialised,
    make_engine,
    session_scope,
    upgrade,
)
from data.settings import get_settings

cli = typer.Typer(
    help="Encore: rediscover past candidates for new openings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)


class State:
    db_url: str | None = None


state = State()


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
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
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


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
            report = import_file(session, kind, file, progress=update)
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


def load_embedder_or_fail():
    from matching.embedder import load_embedder

    model = get_settings().model
    try:
        return load_embedder(model)
    except (OSError, ValueError) as exc:
        fail(f"cannot load the model '{model}' from this machine: {exc}")


def parse_weights(pairs: list[str]):
    from matching.weights import DEFAULT_WEIGHTS, Weights

    values = DEFAULT_WEIGHTS.as_dict()
    for pair in pairs:
        name, _, number = pair.partition("=")
        if name not in values:
            fail(f"unknown weight '{name}': use {', '.join(values)}")
        try:
            values[name] = float(number)
        except ValueError:
            fail(f"weight {name} needs a number, got '{number}'")
    try:
        return Weights(**values)
    except ValueError as exc:
        fail(str(exc))


@cli.command()
def match(
    opening: Annotated[str | None, typer.Option(help="An opening's id or external id.")] = None,
    text: Annotated[str | None, typer.Option(help="A pasted job description.")] = None,
    all_open: Annotated[bool, typer.Option("--all-open", help="Every open opening.")] = False,
    top: Annotated[int, typer.Option(help="How many candidates per opening.", min=1)] = 10,
    format: Annotated[str, typer.Option(help="table | json | csv")] = "table",
    weight: Annotated[
        list[str] | None,
        typer.Option(help="Override a weight, e.g. --weight motivation=0.3 (repeatable)."),
    ] = None,
) -> None:
    """Rank past candidates for an opening, a pasted description, or every open role."""
    from app.match_output import render_matches
    from matching.engine import Matcher, UnknownOpening

    if sum(bool(x) for x in (opening, text, all_open)) != 1:
        fail("give exactly one of --opening ID, --text TEXT or --all-open")
    if format not in ("table", "json", "csv"):
        fail(f"unknown format '{format}': use table, json or csv")
    weights = parse_weights(weight or [])
    if text is not None and not text.strip():
        fail("--text is empty")
    eng = ready_engine()
    # Resolve what to match before loading the model, so a typo fails fast.
    opening_ids = (
        open_opening_ids(eng) if all_open else ([resolve_opening(eng, opening)] if opening else [])
    )
    matcher = Matcher(eng, load_embedder_or_fail())
    try:
        if text is not None:
            results = [matcher.match_text(text, top_k=top, weights=weights)]
        else:
            results = [matcher.match_opening(o, top_k=top, weights=weights) for o in opening_ids]
    except UnknownOpening as exc:
        fail(str(exc))
    print(render_matches(results, format, as_list=all_open))


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


@cli.command()
def draft(
    candidate: Annotated[str, typer.Argument(help="The candidate's id or external id.")],
    opening: Annotated[
        str | None, typer.Option(help="The opening's id or external id (default: best match).")
    ] = None,
    tone: Annotated[str, typer.Option(help="warm | brief | formal")] = "warm",
    eml: Annotated[Path | None, typer.Option(help="Also write the draft as a .eml file.")] = None,
) -> None:
    """A personal re-engagement draft built only from facts on record."""
    from matching.engine import Matcher
    from outreach.drafts import TONES, DraftRefused, build_draft

    if tone not in TONES:
        fail(f"unknown tone '{tone}': use {', '.join(TONES)}")
    eng = ready_engine()
    candidate_id = resolve_candidate(eng, candidate)
    opening_id = resolve_opening(eng, opening) if opening else None
    matcher = Matcher(eng, load_embedder_or_fail())
    try:
        result = build_draft(
            matcher,
            candidate_id,
            opening_id=opening_id,
            tone=tone,
            signature=get_settings().signature,
        )
    except DraftRefused as exc:
        fail(str(exc))
    print(f"To: {result.to or '(no email on record)'}\nSubject: {result.subject}\n")
    print(result.body)
    print("Facts used:")
    for fact in result.facts:
        print(f"  · {fact.label}: {fact.value}  [{fact.source}]")
    for note in result.missing:
        print(f"  ! {note}")
    if eml:
        eml.write_bytes(result.to_eml())
        err.print(f"Wrote {eml}")


def resolve_candidate(eng, ref: str) -> int:
    from data import crud

    with session_scope(eng) as session:
        found = crud.find_candidate(session=session, external_id=ref)
        if found is None and ref.isdigit():
            found = crud.get_candidate(session=session, candidate_id=int(ref))
        if found is None:
            fail(f"no candidate with id or external id '{ref}'")
        return found.id


@cli.command("eval")
def eval_(
    set_: Annotated[str, typer.Option("--set", help="rjdb | scenarios | all")] = "all",
    limit: Annotated[
        int | None, typer.Option(help="Only the first N RJDB jobs (quick check).", min=1)
    ] = None,
    rjdb_dir: Annotated[
        Path | None, typer.Option(help="Where the RJDB files are (default ../shared/eval/rjdb).")
    ] = None,
) -> None:
    """Ranking quality (nDCG@10, MRR, recall@k) for Encore, BM25 alone and embeddings alone."""
    from matching.evaluation.report import run_eval

    sets = {"all": ("scenarios", "rjdb"), "rjdb": ("rjdb",), "scenarios": ("scenarios",)}
    if set_ not in sets:
        fail(f"unknown set '{set_}': use rjdb, scenarios or all")
    embedder = load_embedder_or_fail()
    with progress_bar("Evaluating") as update:
        text, _ = run_eval(
            embedder,
            sets=sets[set_],
            rjdb_dir=rjdb_dir,
            limit=limit,
            progress=lambda _stage, done, total: update(done, total),
        )
    print(text)


@cli.command()
def bench(
    pool: Annotated[
        list[int] | None,
        typer.Option("--pool", help="Pool size for the latency part (repeatable).", min=100),
    ] = None,
    embed_sample: Annotated[
        int, typer.Option(help="Candidates embedded for the throughput part.", min=50)
    ] = 2000,
    work_dir: Annotated[
        Path | None, typer.Option(help="Where the synthetic pools are built (default: temp).")
    ] = None,
) -> None:
    """Indexing throughput vs raw encode, re-index cost, query latency at 10k/100k, memory."""
    import tempfile

    from matching.bench import format_report, run_bench

    with tempfile.TemporaryDirectory(prefix="encore-bench-") as tmp:
        results = run_bench(
            sizes=tuple(pool or (10_000, 100_000)),
            work_dir=work_dir or Path(tmp),
            embed_sample=embed_sample,
            progress=lambda message: err.print(f"· {message}", highlight=False),
        )
    print(format_report(results))


@cli.command()
def serve(
    port: Annotated[int, typer.Option(help="Port for the dashboard.")] = 8501,
    headless: Annotated[bool, typer.Option(help="Do not open a browser window.")] = True,
) -> None:
    """Start the dashboard."""
    from streamlit.web import cli as stcli

    app_file = Path(__file__).resolve().parent.parent / "streamlit_app.py"
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


def main() -> None:
    try:
        cli()
    except OperationalError as exc:
        # Locked, unreachable or damaged databases: say so plainly, never a traceback.
        err.print(f"[bold red]error:[/] the database could not be used: {exc.orig}")
        sys.exit(3)


if __name__ == "__main__":
    main()
