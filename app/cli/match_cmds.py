"""Ranking and measuring it: ``encore match``, ``encore eval`` and ``encore bench``.

The measuring commands import ``evaluation`` and ``benchmarks`` inside the command, from a
checkout of the repository (``app.cli.checkout``): the wheel ships neither."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from app.cli.checkout import need_checkout
from app.cli.database import ready_engine
from app.cli.model import load_embedder_or_fail
from app.cli.records import open_opening_ids, resolve_opening
from app.cli.terminal import echo, echo_data, err, progress_bar
from app.cli.typer_app import cli, fail
from data.pgvector_store import HNSW_EF_CONSTRUCTION, HNSW_M


def parse_weights(pairs: list[str]):
    from matching.embedder import stored_model_name
    from matching.weights import Weights, default_weights

    values = default_weights(stored_model_name()).as_dict()
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
    from app.match_output import WEAK, render_matches
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
    matcher = Matcher(eng, _lazy_embedder(eng))
    try:
        if text is not None:
            results = [matcher.match_text(text, top_k=top, weights=weights)]
        else:
            results = [matcher.match_opening(o, top_k=top, weights=weights) for o in opening_ids]
    except UnknownOpening as exc:
        fail(str(exc))
    rendered = render_matches(results, format, as_list=all_open)
    if format == "table":
        echo(rendered)
    else:
        echo_data(rendered + "\n")
        # The table says it in line; JSON and CSV stay parseable, so it goes to stderr.
        for result in (r for r in results if r.weak and r.results):
            role = f"opening {result.role.opening_id}" if result.role.opening_id else "this text"
            err.print(f"No strong matches for {role}: {WEAK}")


class EvalBackend(StrEnum):
    sqlite = "sqlite"
    postgres = "postgres"


@cli.command("eval")
def eval_(
    set_: Annotated[
        str,
        typer.Option(
            "--set", help="rjdb | scenarios (with weekly) | weekly | reading | batteries | all"
        ),
    ] = "all",
    split: Annotated[
        str, typer.Option(help="--set reading: the half of the reading set (test or dev).")
    ] = "test",
    limit: Annotated[
        int | None, typer.Option(help="Only the first N RJDB jobs (quick check).", min=1)
    ] = None,
    rjdb_dir: Annotated[
        Path | None, typer.Option(help="Where the RJDB files are (default ../shared/eval/rjdb).")
    ] = None,
    backend: Annotated[
        EvalBackend,
        typer.Option(
            help="postgres: RJDB on PostgreSQL + pgvector, with rows for the preselection."
        ),
    ] = EvalBackend.sqlite,
    preselect: Annotated[
        list[int] | None,
        typer.Option(
            help="With --backend postgres: preselection sizes to rank through (repeatable).",
            min=10,
        ),
    ] = None,
    work_dir: Annotated[
        Path | None, typer.Option(help="Where the pools are built (default: temp).")
    ] = None,
) -> None:
    """Ranking quality (nDCG@10, MRR, recall@k) for Encore, BM25 alone and embeddings alone,
    and the share of hand-written cases right (rankings and the weekly reconnect list); how
    well notes are read into conditions (--set reading) and how many of the strangers' reading
    batteries' items are read right (--set batteries)."""
    need_checkout("evaluation", "encore eval")
    from evaluation.report import run_eval
    from matching.preselect import PRESELECT_SIZE

    if set_ in ("reading", "all"):
        from evaluation.reading_eval import DEFAULT_SET, evaluate_reading, format_report

        if split not in ("test", "dev"):
            fail(f"unknown split '{split}': use test or dev")
        print(format_report(evaluate_reading(DEFAULT_SET, split)))
        if set_ == "reading":
            return
    if set_ in ("batteries", "all"):
        from evaluation import batteries

        print(batteries.format_report(batteries.evaluate()))
        if set_ == "batteries":
            return
    sets = {
        "all": ("scenarios", "weekly", "rjdb"),
        "rjdb": ("rjdb",),
        "scenarios": ("scenarios", "weekly"),
        "weekly": ("weekly",),
    }
    if set_ not in sets:
        fail(f"unknown set '{set_}': use rjdb, scenarios, weekly, reading, batteries or all")
    embedder = load_embedder_or_fail()
    with progress_bar("Evaluating") as update:
        text, _ = run_eval(
            embedder,
            sets=sets[set_],
            rjdb_dir=rjdb_dir,
            limit=limit,
            progress=lambda _stage, done, total: update(done, total),
            backend=backend.value,
            preselect=tuple(preselect or (PRESELECT_SIZE,)),
            work_dir=work_dir,
        )
    echo(text)


class BenchBackend(StrEnum):
    sqlite = "sqlite"
    postgres = "postgres"
    both = "both"


class BenchPart(StrEnum):
    index = "index"
    latency = "latency"
    search = "search"
    backends = "backends"
    static = "static"


@cli.command()
def bench(
    pool: Annotated[
        list[int] | None,
        typer.Option("--pool", help="Pool size for the latency part (repeatable).", min=100),
    ] = None,
    embed_sample: Annotated[
        int, typer.Option(help="Candidates embedded for the throughput part.", min=50)
    ] = 2000,
    index_rounds: Annotated[
        int,
        typer.Option(
            help="Interleaved index/raw pairs for the throughput part (2 = A-B-B-A).", min=1
        ),
    ] = 3,
    work_dir: Annotated[
        Path | None, typer.Option(help="Where the synthetic pools are built (default: temp).")
    ] = None,
    backend: Annotated[
        BenchBackend,
        typer.Option(help="Database(s) to measure: sqlite, postgres (pgvector) or both."),
    ] = BenchBackend.sqlite,
    part: Annotated[
        list[BenchPart] | None,
        typer.Option(help="Parts to run (repeatable; default: all)."),
    ] = None,
    search_pool: Annotated[
        list[int] | None,
        typer.Option(help="Pool sizes for the search part (default: the --pool sizes).", min=100),
    ] = None,
    hnsw_m: Annotated[int, typer.Option(help="HNSW m for the search part.", min=2)] = HNSW_M,
    hnsw_ef_construction: Annotated[
        int, typer.Option(help="HNSW ef_construction for the search part.", min=4)
    ] = HNSW_EF_CONSTRUCTION,
    keep_pools: Annotated[
        bool,
        typer.Option(
            "--keep-pools",
            help="Reuse latency pools a run with the same --work-dir built (and keep new ones).",
        ),
    ] = False,
    ui: Annotated[
        bool,
        typer.Option(
            "--ui",
            help="Only the browser part: seconds from clicking Search to results in Chromium, "
            "on the demo pool and at each --pool size (default 10k).",
        ),
    ] = False,
    ui_runs: Annotated[int, typer.Option(help="Timed clicks per pool for --ui.", min=1)] = 5,
    ui_page: Annotated[
        list[str] | None,
        typer.Option(
            help="Search pages --ui times (repeatable): now (today's) and before (the page "
            "before issue 15). Default: both, in the same run.",
        ),
    ] = None,
) -> None:
    """Indexing throughput vs raw encode, re-index cost, query latency and memory, search at
    scale (HNSW vs exact, recall@50) and encoding backends; with --ui, only the time from
    click to results in the browser."""
    import tempfile

    need_checkout("benchmarks", "encore bench")
    from benchmarks.runner import format_report, run_bench

    if ui:
        if keep_pools and work_dir is None:
            fail("--keep-pools needs --work-dir: pools kept in a temporary directory are lost")
        pages = tuple(ui_page or ("before", "now"))
        _bench_ui(tuple(pool or (10_000,)), work_dir, ui_runs, pages, keep_pools=keep_pools)
        return
    if keep_pools and work_dir is None:
        fail("--keep-pools needs --work-dir: pools kept in a temporary directory are lost")
    databases = ("sqlite", "postgres") if backend == BenchBackend.both else (backend.value,)
    with tempfile.TemporaryDirectory(prefix="encore-bench-") as tmp:
        results = run_bench(
            sizes=tuple(pool or (10_000, 100_000)),
            work_dir=work_dir or Path(tmp),
            embed_sample=embed_sample,
            index_rounds=index_rounds,
            progress=lambda message: err.print(f"· {message}", highlight=False),
            databases=databases,
            parts=tuple(p.value for p in part) if part else tuple(BenchPart),
            search_sizes=tuple(search_pool) if search_pool else None,
            hnsw={"hnsw_m": hnsw_m, "hnsw_ef_construction": hnsw_ef_construction},
            keep_pools=keep_pools,
        )
    echo(format_report(results))


def _bench_ui(
    sizes: tuple[int, ...],
    work_dir: Path | None,
    runs: int,
    pages: tuple[str, ...],
    *,
    keep_pools: bool = False,
) -> None:
    import tempfile

    from benchmarks.browser import PAGES, BrowserMissing
    from benchmarks.ui import format_ui_report, run_ui_bench

    if unknown := [p for p in pages if p not in PAGES]:
        fail(f"unknown --ui-page '{unknown[0]}': use {' or '.join(PAGES)}")

    try:
        from playwright.sync_api import TimeoutError as PageTimeout
    except ImportError:
        fail("the browser benchmark needs Playwright: pip install -e '.[test]'")
    with tempfile.TemporaryDirectory(prefix="encore-ui-bench-") as tmp:
        try:
            rows = run_ui_bench(
                work_dir or Path(tmp),
                sizes=sizes,
                runs=runs,
                pages=pages,
                keep_pools=keep_pools,
                progress=lambda message: err.print(f"· {message}", highlight=False),
            )
        except BrowserMissing as exc:
            fail(str(exc))
        except PageTimeout as exc:
            fail(f"the dashboard did not show results in time: {exc.message.splitlines()[0]}")
        except RuntimeError as exc:
            fail(str(exc))
    echo(format_ui_report(rows))


def _lazy_embedder(eng):
    """The model, loaded only if something has to be embedded: matching open roles whose
    vectors `encore index` stored runs no model (seconds instead of loading torch)."""
    from matching.embedder import lazy_embedder
    from matching.query_vectors import stored_dim

    return lazy_embedder(
        stored_dim=lambda model: stored_dim(eng, model), load=load_embedder_or_fail
    )
