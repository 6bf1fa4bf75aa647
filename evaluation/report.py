"""`encore eval` output: one table per set, our ranking beside the two baselines, and the
share of hand-written cases right (rediscovery rankings and the weekly reconnect list)."""

import tempfile
from collections.abc import Callable
from pathlib import Path

from matching.embedder import Embedder
from matching.weights import LEXICAL_ONLY, SEMANTIC_ONLY, Weights, default_weights


def weightings(embedder: Embedder) -> dict[str, Weights]:
    """Encore as it ranks with these vectors (``default_weights``) and the two baselines."""
    return {
        "Encore": default_weights(embedder.name),
        "BM25 alone": LEXICAL_ONLY,
        "embeddings alone": SEMANTIC_ONLY,
    }


def table(title: str, means: dict[str, dict[str, float]]) -> str:
    names = list(means)
    metrics = list(next(iter(means.values())))
    lines = [
        f"## {title}",
        "",
        "| metric | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for metric in metrics:
        cells = [f"{means[n][metric]:.3f}" for n in names]
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def cases_right(title: str, details: list[dict]) -> str:
    """The share of cases Encore gets right (every pair in order, nobody shown who must not
    be, nobody missing who must be), and the names of the others."""
    wrong = [d["case"] for d in details if not d["right"]]
    right = len(details) - len(wrong)
    share = right / len(details) if details else 0.0
    by_set = {}
    for d in details:
        if "set" in d:
            done, total = by_set.get(d["set"], (0, 0))
            by_set[d["set"]] = (done + bool(d["right"]), total + 1)
    sets = (
        " By set: " + ", ".join(f"{name} {a} of {n}" for name, (a, n) in by_set.items()) + "."
        if by_set
        else ""
    )
    return (
        f"{title}: {right} of {len(details)} cases right ({share:.0%}).{sets} Cases Encore gets "
        "wrong: " + ("none" if not wrong else "; ".join(wrong))
    )


def run_eval(
    embedder: Embedder,
    *,
    sets: tuple[str, ...] = ("rjdb", "scenarios", "weekly"),
    rjdb_dir: Path | None = None,
    limit: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    backend: str = "sqlite",
    preselect: tuple[int, ...] = (),
    work_dir: Path | None = None,
) -> tuple[str, dict]:
    """``backend="postgres"`` runs RJDB on a PostgreSQL + pgvector (the bench server in
    ``work_dir``, or ``ENCORE_BENCH_POSTGRES_URL``) and adds the preselection rows."""
    from evaluation.rjdb import DEFAULT_DIR, run_rjdb
    from evaluation.scenario_runner import run_scenarios
    from evaluation.weekly_runner import run_weekly

    sections, figures = [], {}
    with tempfile.TemporaryDirectory(prefix="encore-eval-") as tmp:
        work = work_dir or tmp
        if "scenarios" in sets:
            means, details = run_scenarios(embedder, weightings(embedder), work_dir=Path(work))
            figures["scenarios"] = means
            sections.append(table(f"Rediscovery scenarios ({len(details)} cases)", means))
            sections.append(cases_right("Rediscovery scenarios", details))
        if "weekly" in sets:
            accuracy, details = run_weekly(embedder, work_dir=Path(work))
            figures["weekly"] = accuracy
            sections.append(
                f"## Weekly reconnect list ({len(details)} cases)\n\n"
                + cases_right("Weekly list", details)
            )
        if "rjdb" in sets:
            directory = rjdb_dir or DEFAULT_DIR
            if not (directory / "qrels.tsv").exists():
                sections.append(f"RJDB: not found at {directory} (pass --rjdb-dir)")
            else:
                means = run_rjdb(
                    embedder,
                    weightings(embedder),
                    work_dir=Path(work),
                    directory=directory,
                    limit=limit,
                    progress=progress,
                    backend=backend,
                    preselect=preselect,
                )
                figures["rjdb"] = means
                jobs = f"first {limit} jobs" if limit else "all 1,000 jobs"
                where = "; PostgreSQL + pgvector" if backend == "postgres" else ""
                sections.append(table(f"RJDB ({jobs}, 2,000 résumés{where})", means))
    return "\n\n".join(sections), figures
