"""The external RJDB job → résumé set (../shared/eval/rjdb), run through the real pipeline:
résumés stored as candidates, indexed by ``encore index``'s code, each job matched as a
pasted description — once per weighting (ours and the two baselines).

On PostgreSQL the same pool is also matched through pgvector's preselection of the nearest
N candidates (``preselect``), beside the whole pool: what the approximate first step costs
in ranking quality, measured rather than assumed."""

import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from data.db import make_engine, upgrade
from data.models import Candidate
from evaluation.metrics import Scores
from matching.embedder import Embedder
from matching.engine import Matcher
from matching.indexer import index_pool
from matching.preselect import WORD_NET_SIZE, PgVectorPreselector, WholePool
from matching.weights import Weights

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "rjdb"


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_rjdb(directory: Path, limit: int | None = None, *, full_corpus: bool = False):
    jobs = _jsonl(directory / "jobs.jsonl")
    candidates = _jsonl(directory / "candidates.jsonl")
    qrels: dict[str, dict[str, int]] = {}
    for line in (directory / "qrels.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        job, cand, grade = line.split("\t")
        qrels.setdefault(job, {})[cand] = int(grade)
    if limit and full_corpus:
        return jobs[:limit], candidates, qrels
    if limit:
        jobs = jobs[:limit]
        keep = {c for j in jobs for c in qrels.get(j["id"], {})}
        # Keep distractors too: the judged résumés plus as many others.
        others = [c for c in candidates if c["id"] not in keep][: len(keep)]
        candidates = [c for c in candidates if c["id"] in keep] + others
    return jobs, candidates, qrels


def run_rjdb(
    embedder: Embedder,
    weightings: dict[str, Weights],
    *,
    work_dir: Path,
    directory: Path = DEFAULT_DIR,
    limit: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    backend: str = "sqlite",
    preselect: tuple[int, ...] = (),
) -> dict[str, dict[str, float]]:
    """Mean metrics per weighting. On PostgreSQL the question is what the preselection
    costs, so the corpus stays whole (``limit`` only takes fewer jobs) and, per size N in
    ``preselect``, our weighting is also ranked through pgvector's nearest N alone and
    through the nearest N plus the full-text word net."""
    postgres = backend == "postgres"
    jobs, candidates, qrels = load_rjdb(directory, limit, full_corpus=postgres)
    if postgres:
        from benchmarks.pg import fresh_database

        engine = fresh_database(work_dir, "rjdb_eval")
    else:
        engine = make_engine(f"sqlite:///{work_dir / 'rjdb.db'}")
        upgrade(engine)
    with Session(engine) as session:
        session.add_all(
            Candidate(external_id=c["id"], full_name=c["id"], resume_text=c["text"])
            for c in candidates
        )
        session.commit()
    index_pool(
        engine, embedder, progress=(lambda d, t: progress("index", d, t)) if progress else None
    )
    # Every weighting over the whole pool; on PostgreSQL, ours again per preselection size.
    whole = Matcher(engine, embedder, shortlist=100, preselector=WholePool())
    runs = [(name, whole, weights) for name, weights in weightings.items()]
    if postgres:
        with engine.begin() as conn:  # the word net reads the planner's word statistics
            conn.execute(text("ANALYZE candidate"))
        for size in preselect:
            variants = ((0, f"nearest {size}"), (WORD_NET_SIZE, f"nearest {size} + words"))
            for words, label in variants:
                near = PgVectorPreselector(engine, embedder.name, size=size, words=words)
                matcher = Matcher(engine, embedder, shortlist=100, preselector=near)
                matcher.queries = whole.queries  # same engine and model: embed each job once
                runs.append((f"Encore, {label}", matcher, matcher.default_weights))
    scores = {name: Scores() for name, _, _ in runs}
    for n, job in enumerate(jobs, start=1):
        judged = qrels.get(job["id"], {})
        matched = next((c for c, g in judged.items() if g == 2), None)
        near_miss = next((c for c, g in judged.items() if g == 1), None)
        for name, matcher, weights in runs:
            result = matcher.match_text(job["text"], top_k=50, weights=weights)
            ranked = [r.external_id for r in result.results]
            above = _ranks_above(ranked, matched, near_miss)
            scores[name].add(ranked, judged, matched_above_near_miss=above)
        if progress:
            progress("jobs", n, len(jobs))
    engine.dispose()
    return {name: s.means() for name, s in scores.items()}


def _ranks_above(ranked: list[str], first: str | None, second: str | None) -> float:
    pos = {c: i for i, c in enumerate(ranked)}
    a, b = pos.get(first, len(ranked)), pos.get(second, len(ranked) + 1)
    return 1.0 if a < b else 0.0
