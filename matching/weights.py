"""The score's weights: explicit, documented, adjustable (CLI flags, the dashboard panel).

score = 100 × Σ wᵢ·componentᵢ / Σ wᵢ, clipped to 0–100, where each component is:

- ``semantic``     0–1  best profile chunk ↔ the role's requirements (cosine, scaled to the pool's
                        best match for this role)
- ``lexical``      0–1  BM25 of the profile against the requirements, scaled to the best match, so
                        an exact skill such as "Kubernetes" counts
- ``coverage``     0–1  share of the requirement items (bullets: "Kubernetes", "Customer
                        Service") whose words appear in the profile
- ``motivation``  −1–1  the best of the person's stated motivations against what the role offers;
                        negative when the role goes against it (wants an office, role is remote)
- ``past_reason`` −1–1  why it did not work last time, against this role: resolved lifts it,
                        still standing lowers it
- ``history``      0–1  stage reached, interview rating, silver medalist
- ``relationship``−1–1  replied before lifts; contacted very recently or "not interested" lowers

The defaults depend on the vectors in use (``default_weights``): the static backend's leave
the semantic part out (issue 14; docs/figures.md, "Static embeddings").
"""

from dataclasses import asdict, dataclass, fields
from functools import cached_property


@dataclass(frozen=True)
class Weights:
    # Fit parts in a 1:5:4 ratio: measured best on the RJDB set (see README, `encore eval`).
    semantic: float = 0.05
    lexical: float = 0.25
    coverage: float = 0.20
    motivation: float = 0.22
    past_reason: float = 0.13
    history: float = 0.09
    relationship: float = 0.06

    def __post_init__(self) -> None:
        for f in fields(self):
            if getattr(self, f.name) < 0:
                raise ValueError(f"weight {f.name} must not be negative")
        if self.total == 0:
            raise ValueError("at least one weight must be above zero")

    @cached_property
    def total(self) -> float:
        return sum(asdict(self).values())

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


DEFAULT_WEIGHTS = Weights()
# The static backend (``matching.static_embedder``): its vectors are averaged word pieces, and
# on RJDB its semantic part lowered Encore's ranking at every weight and every way of building
# the vectors tried (chosen on the even-numbered jobs, confirmed on the odd ones), so the fit
# is words and requirements alone; its vectors still compare motivations with offers.
STATIC_WEIGHTS = Weights(semantic=0.0)
# The baselines `encore eval` compares against.
LEXICAL_ONLY = Weights(
    semantic=0, lexical=1, coverage=0, motivation=0, past_reason=0, history=0, relationship=0
)
SEMANTIC_ONLY = Weights(
    semantic=1, lexical=0, coverage=0, motivation=0, past_reason=0, history=0, relationship=0
)


def default_weights(model: str) -> Weights:
    """What a search starts from with the vectors stored under ``model`` (an embedder's
    ``name``; ``matching.embedder.stored_model_name`` for the configured one)."""
    from matching.static_embedder import is_static_name

    return STATIC_WEIGHTS if is_static_name(model) else DEFAULT_WEIGHTS
