"""``encore bench``: indexing throughput, re-indexing, query latency and memory, and encoding
backends, measured in one run against baselines on synthetic pools (``synthetic``)."""

from matching.bench.runner import format_report, run_bench

__all__ = ["format_report", "run_bench"]
