"""From raw scores to a ranking: the fit scaled to the role's pool, the weighted sum of a
person's parts, the absolute floor of a strong match, and which preselected people can still
reach the shortlist. Plain arithmetic over arrays; the matcher (``matching.engine``) calls it.
"""

from collections.abc import Callable

import numpy as np

from matching.pool_index import PoolIndex
from matching.weights import Weights

SEMANTIC_MIN_SPAN = 0.3
# The absolute floor of a strong match (``is_strong``), set on the demo pool and RJDB: a real
# role's good matches clear at least one, a nonsense query's best do not.
STRONG_COSINE = 0.40
STRONG_COVERAGE = 0.5
STRONG_BM25 = 4.0


def scale_semantic(
    sims: np.ndarray, eligible: np.ndarray, median: float | None = None
) -> np.ndarray:
    """Cosine → 0–1 relative to this role: the pool's median maps to 0, its best to 1.
    ``median`` is given when ``sims`` cover only a preselected part of the pool."""
    pool = sims[eligible] if eligible.any() else sims
    if pool.size == 0:
        return sims
    top = float(pool.max())
    # In a small pool the median may be a strong match itself; never let the floor come
    # within SEMANTIC_MIN_SPAN of the best.
    if median is None:
        median = float(np.partition(pool, len(pool) // 2)[len(pool) // 2])
    floor = min(median, top - SEMANTIC_MIN_SPAN)
    if top <= floor:
        return np.zeros_like(sims)
    return np.clip((sims - floor) / (top - floor), 0.0, 1.0)


def scale_lexical(scores: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    pool = scores[eligible] if eligible.any() else scores
    top = float(pool.max()) if pool.size else 0.0
    return np.clip(scores / top, 0.0, 1.0) if top > 0 else np.zeros_like(scores)


def fit_scores(
    index: PoolIndex,
    query_vec: np.ndarray,
    query_text: str,
    eligible: np.ndarray,
    semantic_median: float | None = None,
    *,
    semantic: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Semantic and lexical fit scaled to this role's pool, and both raw (for the floor).
    Without ``semantic`` (its weight is 0: the static backend's default) the product over every
    profile vector, the largest step of a search, is skipped; its part is 0 for everyone and
    the floor of a strong match rests on words and requirements."""
    raw_lex = index.lexical(query_text)
    if not semantic:
        raw_sem = np.zeros(index.size, dtype=np.float32)
        return raw_sem, scale_lexical(raw_lex, eligible), raw_sem, raw_lex
    raw_sem = index.semantic(query_vec)
    sem = scale_semantic(raw_sem, eligible, semantic_median)
    lex = scale_lexical(raw_lex, eligible)
    return sem, lex, raw_sem, raw_lex


FIT_PARTS = ("semantic", "lexical", "coverage")


def combine(components: dict[str, float], weights: Weights) -> float:
    """Weighted sum on a 0–100 scale. The soft parts (motivation, past reason, history,
    relationship) are scaled by how well the person fits the role, so a keen but unqualified
    person never outranks a qualified one on motivation alone."""
    fit_weight = sum(getattr(weights, p) for p in FIT_PARTS)
    fit_sum = sum(getattr(weights, p) * components[p] for p in FIT_PARTS)
    gate = fit_sum / fit_weight if fit_weight else 1.0
    soft = sum(getattr(weights, n) * v for n, v in components.items() if n not in FIT_PARTS)
    # Plain floats: np.clip on one number costs more than the rest of this function.
    return min(100.0, max(0.0, float(100 * (fit_sum + gate * soft) / weights.total)))


def is_strong(cosine: float, bm25: float, coverage: float) -> bool:
    """An absolute floor, whatever the rest of the pool looks like: the profile is close in
    meaning to the role, or holds its words, or covers its listed requirements. Scores are
    scaled to each role's pool, so a nonsense query still has a "best" person; this does not
    move with the pool."""
    return cosine >= STRONG_COSINE or coverage >= STRONG_COVERAGE or bm25 >= STRONG_BM25


def top_indices(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest finite scores (unordered)."""
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    idx = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    return idx[np.isfinite(scores[idx])]


def best_with_bonus(
    pre: np.ndarray,
    fit: np.ndarray,
    n_short: int,
    lift: float,
    bonus: Callable[[np.ndarray], np.ndarray],
    *,
    batch: int = 128,
) -> tuple[np.ndarray, np.ndarray]:
    """The ``n_short`` best of ``fit + bonus`` among ``pre``, and those scores, where
    ``bonus`` (0 to ``lift``) costs a matrix product per person. People are taken best fit
    first, a batch at a time; once the ``n_short``-th best total so far beats what anyone
    left could reach with the whole lift, nobody left can enter and the rest are never
    scored. The same people as scoring everyone (ties at the boundary aside)."""
    if len(pre) == 0 or n_short <= 0:
        return pre[:0], np.zeros(0, dtype=np.float64)
    order = pre[np.argsort(-fit[pre], kind="stable")]
    people: list[np.ndarray] = []
    totals: list[np.ndarray] = []
    bar = -np.inf
    for start in range(0, len(order), batch):
        part = order[start : start + batch]
        if fit[part[0]] + lift < bar:
            break
        people.append(part)
        totals.append(fit[part] + bonus(part))
        if start + len(part) >= n_short:
            so_far = np.concatenate(totals)
            bar = np.partition(so_far, len(so_far) - n_short)[len(so_far) - n_short]
    chosen, scores = np.concatenate(people), np.concatenate(totals)
    best = top_indices(scores, n_short)
    return chosen[best], scores[best]
