"""The matcher: a role in, a ranked and explained list of past candidates out.

1. Rules before ranking: do-not-contact, expired consent and spam/duplicate dispositions are
   removed and counted.
2. Preselection over the whole pool with matrix arithmetic: semantic and lexical fit plus a
   first motivation signal.
3. Full scoring of the shortlist: motivations against offers, the past reason against this
   role, history and relationship — each with its reasons.
"""

import re
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from data.events import Committed, subscribe
from data.headline import company_from_headline
from data.models import Opening
from data.timeutil import utcnow
from matching.embedder import Embedder
from matching.facts import PersonFacts
from matching.fit import Judgement, judge_person, place_conflicts, stops
from matching.pool_index import POOL_TABLES, PoolIndex, load_pool_index, pool_stamp
from matching.preselect import Preselector, preselector_for
from matching.reasons import Explanation
from matching.requirements import requirement_items
from matching.role import Role, role_from_opening, role_from_text
from matching.signals import history_fit, motivation_fit, past_reason_fit, relationship_fit
from matching.texts import chunk_text
from matching.weights import DEFAULT_WEIGHTS, Weights

SEMANTIC_MIN_SPAN = 0.3
# The absolute floor of a strong match (``_strong``), set on the demo pool and RJDB: a real
# role's good matches clear at least one, a nonsense query's best do not.
STRONG_COSINE = 0.40
STRONG_COVERAGE = 0.5
STRONG_BM25 = 4.0
# What sets people apart comes first; the fit reasons are alike across a shortlist.
REASON_ORDER = {
    kind: i
    for i, kind in enumerate(
        [
            "past_reason_resolved",
            "motivation",
            "history",
            "past_reason_standing",
            "motivation_conflict",
            "restraint",
            "relationship",
            "feedback_owed",
            "requirements",
            "skills",
            "experience",
        ]
    )
}
PRESELECT = 2000  # best fits that get the motivation signal before the shortlist
# How often a long-lived matcher checks whether the pool changed: a commit in this process
# says so at once (``data.events``); this catches other processes' writes (``encore import``).
STAMP_TTL_SECONDS = 5.0
TEXT_CACHE_SIZE = 5000  # query-side texts (requirements chunks, offers) kept embedded


class UnknownOpening(LookupError):
    pass


@dataclass
class RankedCandidate:
    candidate_id: int
    external_id: str | None
    full_name: str
    score: float
    components: dict[str, float]
    reasons: list[Explanation] = field(default_factory=list)
    # Standing conflicts with this role (``matching.fit.Judgement.conflict``), in words: a
    # draft never pitches the role across one, and the weekly list proposes another role.
    conflicts: list[str] = field(default_factory=list)
    # Why not to write about this role now (``matching.fit.stops``): the conflicts above, a
    # wait still running or an opt-out. Empty: worth contacting.
    stops: list[str] = field(default_factory=list)
    # Who they are and where things stand, from the facts the shortlist was scored on (no
    # further query): what the dashboard shows beside the score.
    current_title: str | None = None
    headline: str | None = None
    location: str | None = None
    last_contact: datetime | None = None
    judgements: list[Judgement] = field(default_factory=list)

    @property
    def company(self) -> str | None:
        return company_from_headline(self.headline)

    @property
    def place_conflicts(self) -> list[str]:
        """Where they live or want to work against this role, in sentences (empty: none)."""
        return place_conflicts(self.judgements)

    def to_dict(self) -> dict:
        return {
            "candidate": self.candidate_id,
            "external_id": self.external_id,
            "full_name": self.full_name,
            "score": round(self.score, 1),
            "components": {k: round(v, 3) for k, v in self.components.items()},
            "reasons": [r.to_dict() for r in self.reasons],
            "conflicts": list(self.conflicts),
            "stops": list(self.stops),
        }


@dataclass
class MatchResult:
    role: Role
    excluded: dict[str, int]
    not_indexed: int
    results: list[RankedCandidate]
    # Nobody clears the absolute floor (``_strong``): the results are only the closest few.
    weak: bool = False

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())

    def excluded_sentence(self) -> str:
        parts = [f"{n} {rule.replace('_', ' ')}" for rule, n in self.excluded.items() if n]
        return f"{self.excluded_total} excluded" + (f": {', '.join(parts)}" if parts else "")

    def to_dict(self) -> dict:
        return {
            "opening": self.role.opening_id,
            "opening_external_id": self.role.external_id,
            "excluded": dict(self.excluded),
            "not_indexed": self.not_indexed,
            "weak": self.weak,
            "results": [r.to_dict() for r in self.results],
        }


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
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Semantic and lexical fit scaled to this role's pool, and both raw (for the floor)."""
    raw_sem, raw_lex = index.semantic(query_vec), index.lexical(query_text)
    sem = scale_semantic(raw_sem, eligible, semantic_median)
    lex = scale_lexical(raw_lex, eligible)
    return sem, lex, raw_sem, raw_lex


class Matcher:
    """Holds the pool index (reloaded when the pool changes) and the query-side caches.

    It is told of every commit in this process (``data.events``): one that changed the pool
    makes the next query look at the pool again, with no call from whoever wrote."""

    def __init__(
        self,
        engine: Engine,
        embedder: Embedder,
        *,
        shortlist: int = 60,
        preselector: Preselector | None = None,
    ):
        self.engine = engine
        self.embedder = embedder
        self.shortlist = shortlist
        # Who gets scored: the whole in-memory pool, or pgvector's nearest on PostgreSQL.
        self.preselector = preselector or preselector_for(engine, embedder.name)
        self._index: PoolIndex | None = None
        self._checked_at = float("-inf")
        self._invalidations = 0  # a check that an invalidation overtook does not count
        self._lock = threading.Lock()
        self._text_cache: dict[str, np.ndarray] = {}
        subscribe(self._committed)

    # -- index ---------------------------------------------------------------------------

    def pool_index(self) -> PoolIndex:
        with self._lock:
            fresh = time.monotonic() - self._checked_at < STAMP_TTL_SECONDS
            if self._index is None or not fresh:
                seen = self._invalidations
                with Session(self.engine) as session:
                    stamp = pool_stamp(session, self.embedder.name)
                if self._index is None or self._index.stamp != stamp:
                    self._index = load_pool_index(
                        self.engine, self.embedder.name, dim=self.embedder.dim
                    )
                if seen == self._invalidations:
                    self._checked_at = time.monotonic()
            return self._index

    def invalidate(self) -> None:
        """Check the pool on the next query. Commits in this process do this themselves
        (``_committed``); a write this process cannot see (another process's, while it
        must show at once) calls it."""
        self._invalidations += 1
        self._checked_at = float("-inf")
        self.preselector.invalidate()

    def _committed(self, change: Committed) -> None:
        if change.touches(self.engine, POOL_TABLES):
            self.invalidate()

    def _embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        missing = [t for t in dict.fromkeys(texts) if t not in self._text_cache]
        if len(self._text_cache) + len(missing) > TEXT_CACHE_SIZE:
            self._text_cache.clear()
            missing = list(dict.fromkeys(texts))
        if missing:
            for text, vec in zip(missing, self.embedder.encode(missing), strict=True):
                self._text_cache[text] = vec
        return np.vstack([self._text_cache[t] for t in texts])

    def query_vector(self, text: str) -> np.ndarray:
        """A long job description is chunked like a profile; its chunks are averaged."""
        chunks = chunk_text(
            text, max_tokens=self.embedder.max_tokens, count_tokens=self.embedder.count_tokens
        ) or [text]
        vec = self._embed(chunks).mean(axis=0)
        norm = np.linalg.norm(vec)
        return vec / norm if norm else vec

    def warm_up(self) -> int:
        """Load the pool and embed every open role's texts now, so the first search of each
        role is as fast as a repeat one. Returns how many roles were prepared."""
        self.pool_index()
        with Session(self.engine) as session:
            roles = [
                role_from_opening(o)
                for o in session.exec(select(Opening).where(Opening.status == "open"))
            ]
        for role in roles:
            self.query_vector(role.requirements)
            self._embed(list(role.offers))
        return len(roles)

    # -- queries -------------------------------------------------------------------------

    def match_opening(self, opening_id: int, **kw) -> MatchResult:
        with Session(self.engine) as session:
            opening = session.get(Opening, opening_id)
            if opening is None:
                raise UnknownOpening(f"no opening with id {opening_id}")
            role = role_from_opening(opening)
        return self.match(role, **kw)

    def match_text(self, text: str, **kw) -> MatchResult:
        return self.match(role_from_text(text), **kw)

    def match(
        self,
        role: Role,
        *,
        top_k: int = 20,
        weights: Weights = DEFAULT_WEIGHTS,
        now: datetime | None = None,
        exclude_ids: set[int] = frozenset(),
        only_ids: set[int] | None = None,
    ) -> MatchResult:
        now = now or utcnow()
        query_vec = self.query_vector(role.requirements)
        scope = self.preselector.scope(
            self, query_vec, now.date(), only_ids=only_ids, query_text=role.requirements
        )
        index = scope.index
        rules = index.exclusions(now.date())
        excluded = scope.excluded or {rule: int(mask.sum()) for rule, mask in rules.items()}
        eligible = ~np.logical_or.reduce(list(rules.values())) if rules else np.ones(0, bool)
        # Scores are scaled against everyone the rules allow, so a filtered search (or one
        # person's best role) gives the same score a person has in the unfiltered ranking.
        scale_pool = eligible.copy()
        if exclude_ids:
            eligible &= ~np.isin(index.candidate_ids, list(exclude_ids))
        if only_ids is not None:
            eligible &= np.isin(index.candidate_ids, list(only_ids))
        indexed = index.indexed_mask()
        not_indexed = (
            scope.not_indexed if scope.not_indexed is not None else int((eligible & ~indexed).sum())
        )
        if not eligible.any():
            return MatchResult(role, excluded, not_indexed, [])

        sem, lex, raw_sem, raw_lex = fit_scores(
            index, query_vec, role.requirements, scale_pool, scope.semantic_median
        )
        items = (
            requirement_items(role.requirement_list, all_lines=True)
            if role.requirement_list
            else requirement_items(role.requirements)
        )
        cov, cov_items = index.coverage(items)
        fit = weights.semantic * sem + weights.lexical * lex + weights.coverage * cov
        fit = np.where(eligible, fit, -np.inf)
        # Stage 1: the best fits; only these get the motivation signal computed.
        pre = _top(fit, min(PRESELECT, int(eligible.sum())))
        n_short = min(max(self.shortlist, top_k * 3), len(pre))
        pre = _reachable(pre, fit, n_short, weights.motivation)
        offers = self._embed(list(role.offers))
        mot_pre = index.best_motivation_sims(offers, pre)
        prelim = fit[pre] + weights.motivation * np.clip((mot_pre - 0.3) / 0.4, 0, 1)
        # Stage 2: the shortlist that is scored in full; only the top_k shown are explained.
        short = pre[_top(prelim, n_short)]
        _, offer_sims = index.motivation_offer_sims(offers, short)
        facts = index.facts_for(index.candidate_ids[short])
        ranked = self._score_shortlist(
            role, index, short, facts, (sem, lex, cov), offer_sims, weights, now
        )
        ranked.sort(key=lambda r: (-r.score, r.candidate_id))
        ranked = ranked[:top_k]
        self._explain_fit(role, index, facts, ranked, (items, cov_items))
        weak = not any(
            _strong(float(raw_sem[p]), float(raw_lex[p]), float(cov[p]))
            for p in (int(np.searchsorted(index.candidate_ids, r.candidate_id)) for r in ranked)
        )
        return MatchResult(role, excluded, not_indexed, ranked, weak=weak)

    def _score_shortlist(
        self, role, index, short, facts, fit, offer_sims, weights, now
    ) -> list[RankedCandidate]:
        sem, lex, cov = fit
        out = []
        for pos in short:
            person = facts.get(int(index.candidate_ids[pos]))
            if person is None:
                continue
            judgements = judge_person(person, role, now)
            mot, mot_reasons = motivation_fit(role, person.motivations, offer_sims, judgements)
            past, past_reasons = past_reason_fit(role, person, person.applications, now, judgements)
            hist, hist_reasons = history_fit(person.applications)
            rel, rel_reasons = relationship_fit(person.touchpoints, now, judgements)
            components = {
                "semantic": float(sem[pos]),
                "lexical": float(lex[pos]),
                "coverage": float(cov[pos]),
                "motivation": mot,
                "past_reason": past,
                "history": hist,
                "relationship": rel,
            }
            score = combine(components, weights)
            reasons = mot_reasons + past_reasons + hist_reasons + rel_reasons
            conflicts = [j.sentence for j in judgements if j.conflict]
            held = stops(judgements)
            out.append(
                RankedCandidate(
                    person.id,
                    person.external_id,
                    person.full_name,
                    score,
                    components,
                    reasons,
                    conflicts,
                    held,
                    current_title=person.current_title,
                    headline=person.headline,
                    location=person.location,
                    last_contact=max((t.at for t in person.touchpoints), default=None),
                    judgements=judgements,
                )
            )
        return out

    @staticmethod
    def _explain_fit(role, index, facts, ranked: list[RankedCandidate], coverage) -> None:
        """The fit reasons (requirements covered, skills, experience) of the people shown;
        the rest of the shortlist is ranked without them."""
        items, cov_items = coverage
        requirements = role.requirements.lower()
        skill_cache: dict[str, bool] = {}  # skills repeat across people
        for r in ranked:
            pos = int(np.searchsorted(index.candidate_ids, r.candidate_id))
            person = facts[r.candidate_id]
            shares = cov_items[pos].tolist()
            covered = [it.label for it, share in zip(items, shares, strict=True) if share >= 0.99]
            missing = [it.label for it, share in zip(items, shares, strict=True) if share == 0]
            reasons = _fit_reasons(
                person, requirements, r.components, covered, missing, len(items), skill_cache
            )
            r.reasons = sorted(
                reasons + r.reasons, key=lambda x: REASON_ORDER.get(x.kind, len(REASON_ORDER))
            )


FIT_PARTS = ("semantic", "lexical", "coverage")


def combine(components: dict[str, float], weights: Weights) -> float:
    """Weighted sum on a 0–100 scale. The soft parts (motivation, past reason, history,
    relationship) are scaled by how well the person fits the role, so a keen but unqualified
    person never outranks a qualified one on motivation alone."""
    fit_weight = sum(getattr(weights, p) for p in FIT_PARTS)
    fit_sum = sum(getattr(weights, p) * components[p] for p in FIT_PARTS)
    gate = fit_sum / fit_weight if fit_weight else 1.0
    soft = sum(getattr(weights, n) * v for n, v in components.items() if n not in FIT_PARTS)
    return float(np.clip(100 * (fit_sum + gate * soft) / weights.total, 0, 100))


def _strong(cosine: float, bm25: float, coverage: float) -> bool:
    """An absolute floor, whatever the rest of the pool looks like: the profile is close in
    meaning to the role, or holds its words, or covers its listed requirements. Scores are
    scaled to each role's pool, so a nonsense query still has a "best" person; this does not
    move with the pool."""
    return cosine >= STRONG_COSINE or coverage >= STRONG_COVERAGE or bm25 >= STRONG_BM25


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest finite scores (unordered)."""
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    idx = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    return idx[np.isfinite(scores[idx])]


def _reachable(pre: np.ndarray, fit: np.ndarray, n_short: int, lift: float) -> np.ndarray:
    """The preselected people who can still reach the shortlist: the motivation signal adds
    at most ``lift`` to a fit, so whoever trails the n_short-th best fit by more than that
    cannot pass those n_short people. Dropping them changes no result, only saves work."""
    if n_short <= 0 or n_short >= len(pre) or lift < 0:
        return pre
    scores = fit[pre]
    bar = np.partition(scores, len(scores) - n_short)[len(scores) - n_short]
    return pre[scores >= bar - lift]


@lru_cache(maxsize=20_000)
def _skill_pattern(skill: str) -> re.Pattern:
    return re.compile(r"(?<![\w+#])" + re.escape(skill.lower()) + r"(?![\w+#])")


def matched_skills(
    skills: list[str], requirements_lower: str, cache: dict[str, bool] | None = None
) -> list[str]:
    """``cache`` (one per requirements text) remembers each skill's answer."""
    if cache is None:
        return [s for s in skills if _skill_pattern(s).search(requirements_lower)]
    out = []
    for s in skills:
        hit = cache.get(s)
        if hit is None:
            hit = cache[s] = _skill_pattern(s).search(requirements_lower) is not None
        if hit:
            out.append(s)
    return out


def _fit_reasons(
    person: PersonFacts,
    requirements_lower: str,
    components,
    covered: list[str],
    missing: list[str],
    total: int,
    skill_cache: dict[str, bool] | None = None,
) -> list[Explanation]:
    reasons = []
    if covered:
        reasons.append(
            Explanation(
                "requirements",
                f"Profile mentions {len(covered)} of the role's {total} requirement items: "
                f"{', '.join(covered[:6])}" + ("…" if len(covered) > 6 else "") + ".",
                round(components["coverage"], 3),
                {"covered": covered, "missing": missing, "items": total},
            )
        )
    skills = matched_skills(person.skills or [], requirements_lower, skill_cache)
    if skills:
        reasons.append(
            Explanation(
                "skills",
                f"Has {', '.join(skills[:6])} from the requirements.",
                round(components["lexical"], 3),
                {"skills": skills},
            )
        )
    if components["semantic"] >= 0.5:
        what = person.current_title or person.headline or "Their profile"
        years = f", {person.years_experience:g} years" if person.years_experience else ""
        reasons.append(
            Explanation(
                "experience",
                f"{what}{years}: experience close to what the role asks for.",
                round(components["semantic"], 3),
                {
                    "current_title": person.current_title,
                    "years_experience": person.years_experience,
                },
            )
        )
    return reasons
