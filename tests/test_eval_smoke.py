"""`encore eval` runs end to end and reports Encore beside both baselines. Figures are
measured and printed (README), never asserted here."""

import pytest

from evaluation.metrics import ndcg_at_k, recall_at_k, reciprocal_rank
from evaluation.rjdb import DEFAULT_DIR


def test_metrics_on_a_hand_worked_ranking():
    judged = {"a": 2, "b": 1}
    assert ndcg_at_k(["a", "b", "c"], judged) == pytest.approx(1.0)
    assert ndcg_at_k(["b", "a"], judged) < 1.0
    assert reciprocal_rank(["c", "a"], judged) == 0.5
    assert recall_at_k(["c", "b"], judged, 1) == 0.0
    assert recall_at_k(["c", "b"], judged, 2) == 0.5


@pytest.mark.model
@pytest.mark.skipif(not (DEFAULT_DIR / "qrels.tsv").exists(), reason="../shared/eval/rjdb absent")
def test_eval_reports_all_three_rankings_on_a_slice_of_rjdb(embedder):
    from evaluation.report import run_eval

    text, figures = run_eval(embedder, sets=("rjdb",), limit=5)
    assert set(figures["rjdb"]) == {"Encore", "BM25 alone", "embeddings alone"}
    assert "| ndcg@10 |" in text and "first 5 jobs" in text
