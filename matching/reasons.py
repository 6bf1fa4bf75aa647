"""Structured reasons for a score: every component says, in a sentence, what it saw and why
(an ``Explanation``; not to be confused with ``data.vocab.Reason``, why an application ended).

The dashboard renders these; drafts quote only facts carried in ``evidence``.
"""

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Explanation:
    # skills | experience | motivation | motivation_conflict | past_reason_resolved |
    # past_reason_standing | history | relationship | restraint | feedback_owed
    kind: str
    sentence: str
    effect: float = 0.0  # signed contribution in its component's own scale
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
