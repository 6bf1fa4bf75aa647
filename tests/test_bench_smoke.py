"""``encore bench`` end to end on a tiny pool with the hashing stand-in: the run completes and
its report has every section and row. Timings are printed by the bench, never asserted."""

from benchmarks.runner import format_report, run_bench
from benchmarks.search import EF_SEARCH
from benchmarks.synthetic import people
from matching.embedder import HashingEmbedder


def test_synthetic_pool_is_deterministic_and_varied():
    first, again = people(40, seed=5), people(40, seed=5)
    assert [p.resume_text for p in first] == [p.resume_text for p in again]
    assert len({p.family for p in first}) >= 5
    assert all(80 <= len(p.resume_text.split()) <= 430 for p in first)
    assert all(1 <= len(p.motivations) <= 4 for p in first)


def test_bench_runs_end_to_end_and_reports_every_row(tmp_path):
    messages: list[str] = []
    results = run_bench(
        sizes=(200,),
        work_dir=tmp_path,
        embed_sample=40,
        progress=messages.append,
        embedder=HashingEmbedder(),
        n_openings=2,
        repeats=1,
    )
    assert messages
    index = results["index"]
    assert index["texts"] > 40 and index["texts_match_baseline"]
    assert {"index_texts_per_s", "raw_texts_per_s", "ratio"} <= index.keys()
    reindex = index["reindex"]
    assert reindex["candidates"] == 1 and reindex["texts_embedded"] >= 1
    assert reindex["noop_texts_embedded"] == 0

    (latency,) = results["latency"]
    assert latency["candidates"] == 200 and latency["queries"] == 2
    assert latency["profile_vectors"] >= 200 and latency["motivation_vectors"] >= 200
    assert {"p50_ms", "p95_ms", "load_seconds", "rss_bytes_per_candidate"} <= latency.keys()
    assert "shortlist_scoring" in latency["steps_mean_ms"]
    assert results["backends"]["status"].startswith("skipped")

    report = format_report(results)
    for heading in (
        "## Indexing",
        "## Re-index after a 1% change",
        "## Query latency",
        "## Encoding backends",
        "index_pool, fresh pool",
        "raw model.encode",
        "nothing changed",
        "| 200 |",
        "Whole run:",
    ):
        assert heading in report


def test_bench_measures_search_and_latency_on_both_backends(tmp_path, pg_server, monkeypatch):
    monkeypatch.setenv("ENCORE_BENCH_POSTGRES_URL", pg_server.get_uri())
    results = run_bench(
        sizes=(300,),
        work_dir=tmp_path,
        progress=lambda _m: None,
        n_openings=2,
        repeats=1,
        isolate=False,
        databases=("sqlite", "postgres"),
        parts=("latency", "search"),
    )
    assert [r["backend"] for r in results["latency"]] == ["sqlite", "postgres"]
    assert results["latency"][1]["hnsw_build_seconds"] is not None
    assert "ann_search" in results["latency"][1]["steps_mean_ms"]
    sqlite, postgres = results["search"]
    assert sqlite["runs"][0]["recall_at_50"] == 1.0
    assert len(postgres["runs"]) == len(EF_SEARCH)
    assert all(0 <= r["recall_at_50"] <= 1 for r in postgres["runs"])
    report = format_report(results)
    assert "## Search at scale" in report and "| postgres | 300 |" in report
    assert "## Indexing" not in report
