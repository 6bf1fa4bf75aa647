"""Ranking metrics over graded judgements (unjudged = 0)."""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field


def dcg(grades: Sequence[float]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def ndcg_at_k(ranked: Sequence[str], judged: dict[str, int], k: int = 10) -> float:
    ideal = dcg(sorted(judged.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judged.get(doc, 0) for doc in ranked[:k]]) / ideal


def reciprocal_rank(ranked: Sequence[str], judged: dict[str, int]) -> float:
    """1 / rank of the best-graded item (the one a recruiter most wants first)."""
    best = max(judged.values(), default=0)
    for i, doc in enumerate(ranked):
        if best and judged.get(doc, 0) == best:
            return 1.0 / (i + 1)
    return 0.0


def recall_at_k(ranked: Sequence[str], judged: dict[str, int], k: int) -> float:
    relevant = {d for d, g in judged.items() if g > 0}
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked[:k])) / len(relevant)


@dataclass
class Scores:
    """Mean metrics over queries, accumulated one query at a time."""

    ks: tuple[int, ...] = (5, 10, 50)
    n: int = 0
    sums: dict[str, float] = field(default_factory=dict)

    def add(self, ranked: Sequence[str], judged: dict[str, int], **extra: float) -> None:
        values = {"ndcg@10": ndcg_at_k(ranked, judged, 10), "mrr": reciprocal_rank(ranked, judged)}
        values.update({f"recall@{k}": recall_at_k(ranked, judged, k) for k in self.ks})
        values.update(extra)
        for key, value in values.items():
            self.sums[key] = self.sums.get(key, 0.0) + value
        self.n += 1

    def means(self) -> dict[str, float]:
        return {k: v / self.n for k, v in self.sums.items()} if self.n else {}


def pairs_in_order(ranked: Sequence[str], grades: dict[str, int]) -> float:
    """Share of (better, worse) pairs in the right order; an absent person ranks last."""
    pos = {c: i for i, c in enumerate(ranked)}
    pairs = [(a, b) for a in grades for b in grades if grades[a] > grades[b]]
    if not pairs:
        return 1.0
    right = sum(pos.get(a, 10**6) < pos.get(b, 10**6 + 1) for a, b in pairs)
    return right / len(pairs)


def case_right(ranked: Sequence[str], grades: dict[str, int], excluded: set[str]) -> bool:
    """A case is right when every pair is in order, nobody excluded is shown and nobody
    graded above 0 is missing (a wait holds a person back, it does not hide them)."""
    shown = set(ranked)
    return (
        pairs_in_order(ranked, grades) == 1.0
        and not (excluded & shown)
        and all(c in shown for c, g in grades.items() if g > 0)
    )
