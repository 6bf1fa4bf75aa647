"""What a search returns: the ranked people, each with their score, its parts and the reasons
(``RankedCandidate``), and the rules' exclusions beside them (``MatchResult``)."""

from dataclasses import dataclass, field
from datetime import datetime

from data.headline import company_from_headline
from matching.judgements import Judgement, place_conflicts
from matching.reasons import Explanation
from matching.role import Role


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
    # Nobody clears the absolute floor (``matching.scoring.is_strong``): the results are only
    # the closest few.
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
