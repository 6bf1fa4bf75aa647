"""The matcher: a role in, a ranked and explained list of past candidates out. It holds the
pool's index and the query-side caches and runs the stages; the arithmetic of each stage is
``matching.scoring``, the fit reasons ``matching.fit_reasons``, what it returns
``matching.results``.

1. Rules before ranking: do-not-contact, expired consent and spam/duplicate dispositions are
   removed and counted.
2. Preselection over the whole pool with matrix arithmetic: semantic and lexical fit plus a
   first motivation signal.
3. Full scoring of the shortlist: motivations against offers, the past reason against this
   role, history and relationship — each with its reasons.
"""

import threading
import time
from datetime import datetime

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session

from data.db import WriteWatch
from data.events import Committed, subscribe
from data.models import Opening
from data.timeutil import utcnow
from matching.embedder import Embedder
from matching.fit import judge_person
from matching.fit_reasons import REASON_ORDER, explain_fit, matched_skills
from matching.judgements import stops, taken_back_on
from matching.past_reason import past_reason_fit
from matching.pool_index import POOL_TABLES, PoolIndex, load_pool_index, pool_stamp
from matching.preselect import Preselector, preselector_for
from matching.query_vectors import QueryVectors, open_roles
from matching.requirements import requirement_items
from matching.results import MatchResult, RankedCandidate, UnknownOpening
from matching.role import Role, role_from_opening, role_from_text
from matching.scoring import (
    FIT_PARTS,
    SEMANTIC_MIN_SPAN,
    STRONG_BM25,
    STRONG_COSINE,
    STRONG_COVERAGE,
    best_with_bonus,
    combine,
    fit_scores,
    is_strong,
    scale_lexical,
    scale_semantic,
    top_indices,
)
from matching.signals import history_fit, motivation_fit, relationship_fit
from matching.weights import Weights, default_weights

# What a search returns, its scoring and its reasons live in their own modules (``results``,
# ``scoring``, ``fit_reasons``); their names are importable from here too.
__all__ = [
    "FIT_PARTS",
    "REASON_ORDER",
    "SEMANTIC_MIN_SPAN",
    "STRONG_BM25",
    "STRONG_COSINE",
    "STRONG_COVERAGE",
    "MatchResult",
    "Matcher",
    "RankedCandidate",
    "UnknownOpening",
    "combine",
    "fit_scores",
    "matched_skills",
    "scale_lexical",
    "scale_semantic",
]

PRESELECT = 2000  # best fits that get the motivation signal before the shortlist
# How often a long-lived matcher checks whether the pool changed: a commit in this process
# says so at once (``data.events``); this catches other processes' writes (``encore import``).
STAMP_TTL_SECONDS = 5.0


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
        self._stamped = -1  # the invalidation count at the last full stamp
        self._writes = WriteWatch(engine)
        self._lock = threading.Lock()
        self.queries = QueryVectors(engine, embedder)
        # What a search without weights of its own uses: they depend on the vectors.
        self.default_weights = default_weights(embedder.name)
        subscribe(self._committed)

    # -- index ---------------------------------------------------------------------------

    def pool_index(self) -> PoolIndex:
        with self._lock:
            fresh = time.monotonic() - self._checked_at < STAMP_TTL_SECONDS
            if self._index is None or not fresh:
                seen = self._invalidations
                # Nobody committed since the last stamp: the pool is the same, and the stamp's
                # counts over every table (milliseconds at 100,000 people) are not needed.
                moved = self._writes.moved()
                if moved or self._index is None or self._stamped != seen:
                    with Session(self.engine) as session:
                        stamp = pool_stamp(session, self.embedder.name)
                    if self._index is None or self._index.stamp != stamp:
                        self._index = load_pool_index(
                            self.engine,
                            self.embedder.name,
                            dim=self.embedder.dim,
                            # Read ahead only if searches weigh meaning by default.
                            profile_vectors=self.default_weights.semantic > 0,
                        )
                    self._stamped = seen
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

    def query_vector(self, text: str) -> np.ndarray:
        return self.queries.query(text)

    def warm_up(self) -> int:
        """Load the pool, and embed and store every open role's texts that are not stored
        yet, so the first search of each role is as fast as a repeat one. Returns how many
        roles were prepared."""
        self.pool_index()
        roles = open_roles(self.engine)
        self.queries.keep(roles, prune=True)
        return len(roles)

    # -- queries -------------------------------------------------------------------------

    def match_opening(self, opening_id: int, **kw) -> MatchResult:
        with Session(self.engine) as session:
            opening = session.get(Opening, opening_id)
            if opening is None:
                raise UnknownOpening(f"no opening with id {opening_id}")
            role = role_from_opening(opening)
        result = self.match(role, **kw)
        if opening.status == "open":  # its next search, here or after a restart, needs no model
            self.queries.keep([role])
        return result

    def match_text(self, text: str, **kw) -> MatchResult:
        return self.match(role_from_text(text), **kw)

    def match(
        self,
        role: Role,
        *,
        top_k: int = 20,
        weights: Weights | None = None,
        now: datetime | None = None,
        exclude_ids: set[int] = frozenset(),
        only_ids: set[int] | None = None,
    ) -> MatchResult:
        now = now or utcnow()
        weights = weights if weights is not None else self.default_weights
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
            index,
            query_vec,
            role.requirements,
            scale_pool,
            scope.semantic_median,
            semantic=weights.semantic > 0,
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
        pre = top_indices(fit, min(PRESELECT, int(eligible.sum())))
        n_short = min(max(self.shortlist, top_k * 3), len(pre))
        offers = self.queries.texts(list(role.offers))

        def motivation_bonus(people: np.ndarray) -> np.ndarray:
            best = index.best_motivation_sims(offers, people)
            return weights.motivation * np.clip((best - 0.3) / 0.4, 0, 1)

        # Stage 2: the shortlist that is scored in full; only the top_k shown are explained.
        short, _ = best_with_bonus(pre, fit, n_short, weights.motivation, motivation_bonus)
        _, offer_sims = index.motivation_offer_sims(offers, short)
        facts = index.facts_for(index.candidate_ids[short])
        ranked = self._score_shortlist(
            role, index, short, facts, (sem, lex, cov), offer_sims, weights, now
        )
        ranked.sort(key=lambda r: (-r.score, r.candidate_id))
        ranked = ranked[:top_k]
        explain_fit(role, index, facts, ranked, (items, cov_items))
        weak = not any(
            is_strong(float(raw_sem[p]), float(raw_lex[p]), float(cov[p]))
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
            # Not now: what draws them to the role counts once their wait is over. Until then
            # it does not lift them over an equal person who can talk today, nor hide a
            # conflict it would have outweighed (the reasons still say both).
            waiting = any(j.kind == "wait" for j in judgements)
            mot, mot_reasons = motivation_fit(
                role, person.motivations, offer_sims, judgements, waiting=waiting
            )
            past, past_reasons = past_reason_fit(role, person, person.applications, now, judgements)
            if waiting:
                mot, past = min(mot, 0.0), min(past, 0.0)
            hist, hist_reasons = history_fit(person.applications)
            rel, rel_reasons = relationship_fit(
                person.touchpoints, now, judgements, taken_back=taken_back_on(person.conditions)
            )
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
