"""An open role's rediscovery list and the counts the Openings page shows beside it.

The counts ask the one fit (``matching.fit``) the search, drafts and the weekly list ask: a
person with a standing conflict (an unmet must, a refusal the role goes against, a pay ask above
the band, last time's objection still standing) or a running wait is ranked as the search ranks
them but is not counted as worth a message (``RankedCandidate.stops``); an opt-out in their own
words leaves them out of the ranking altogether, counted under *excluded* as on the search page.
When nobody clears the absolute floor the search calls weak, nobody is counted as a match.
"""

from dataclasses import dataclass
from datetime import datetime

from matching.engine import Matcher, MatchResult, RankedCandidate

STRONG = 60  # a score from which a person is worth a message
DEPTH = 20  # how deep each role's ranking is read for its counts


@dataclass(frozen=True)
class Rediscovery:
    opening_id: int
    result: MatchResult
    strong_people: list[RankedCandidate]  # worth contacting, scoring at least ``STRONG``
    worth_contacting: int  # in the ranking read, nothing standing in the way, not weak
    on_hold: int  # in the ranking read, but a conflict or a running wait stands

    @property
    def strong(self) -> int:
        return len(self.strong_people)

    @property
    def excluded(self) -> int:
        return self.result.excluded_total

    def top(self, n: int) -> list[RankedCandidate]:
        return self.result.results[:n]


def rediscover(
    matcher: Matcher,
    opening_id: int,
    *,
    depth: int = DEPTH,
    strong: float = STRONG,
    now: datetime | None = None,
) -> Rediscovery:
    """One open role's ranking (``depth`` deep) and its counts."""
    result = matcher.match_opening(opening_id, top_k=depth, now=now)
    free = [] if result.weak else [r for r in result.results if not r.stops]
    return Rediscovery(
        opening_id,
        result,
        strong_people=[r for r in free if r.score >= strong],
        worth_contacting=len(free),
        on_hold=sum(bool(r.stops) for r in result.results),
    )
