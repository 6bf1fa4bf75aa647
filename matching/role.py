"""What a search is about: an opening on record, or a pasted job description.

Both become a ``Role``: the requirements to match profiles against, and what the role offers
a person (explicit offers plus the facts implied by its remote policy, band and seniority).
"""

import re
from dataclasses import dataclass, field

from data.models import Opening
from data.motivation_words import categorise
from matching.texts import opening_requirements_text

LEADERSHIP_SENIORITY = {"lead", "manager", "director", "executive"}
_REMOTE_TEXT = re.compile(
    r"\b(fully remote|remote[- ]first|100% remote|work from anywhere)\b", re.I
)
_HYBRID_TEXT = re.compile(r"\bhybrid\b|\bdays? (a|per) week in (the )?office\b", re.I)
_ONSITE_TEXT = re.compile(r"\b(on[- ]?site|in[- ]office|office[- ]based|5 days in)\b", re.I)


@dataclass(frozen=True)
class Role:
    title: str
    requirements: str
    offers: tuple[str, ...] = ()
    remote_policy: str | None = None
    location: str | None = None
    seniority: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    currency: str | None = None
    opening_id: int | None = None
    external_id: str | None = None
    offer_categories: dict[str, list[str]] = field(default_factory=dict)
    # An opening's own requirements field: every line is an item. None for pasted text,
    # where only bulleted lines are.
    requirement_list: str | None = None

    @property
    def requirement_lines(self) -> list[str]:
        lines = [ln.strip(" -•*\t") for ln in re.split(r"[\n;]+", self.requirements)]
        return [ln for ln in lines if len(ln) > 3][:40]

    def band(self) -> str | None:
        if self.salary_max is None:
            return None
        symbol = {"EUR": "€", "GBP": "£", "USD": "$"}.get(self.currency or "", "")
        lo = f"{symbol}{self.salary_min // 1000}k–" if self.salary_min else "up to "
        return f"{lo}{symbol}{self.salary_max // 1000}k"


def _categorise_offers(offers: list[str]) -> dict[str, list[str]]:
    by_category: dict[str, list[str]] = {}
    for offer in offers:
        category = categorise(offer)
        if category:
            by_category.setdefault(category, []).append(offer)
    return by_category


def _implied_offers(policy, location, seniority, band) -> list[str]:
    implied = []
    if policy == "remote":
        implied.append("Fully remote")
    elif policy == "hybrid":
        implied.append(f"Hybrid working{' in ' + location if location else ''}")
    if seniority in LEADERSHIP_SENIORITY:
        implied.append(f"A {seniority} role: leads a team")
    if band:
        implied.append(f"Salary band {band}")
    return implied


def role_from_opening(opening: Opening) -> Role:
    base = Role(
        title=opening.title,
        requirements=opening_requirements_text(
            title=opening.title,
            seniority=opening.seniority,
            requirements=opening.requirements,
            description=opening.description,
        ),
        remote_policy=opening.remote_policy,
        location=opening.location,
        seniority=opening.seniority,
        salary_min=opening.salary_min,
        salary_max=opening.salary_max,
        currency=opening.currency,
        opening_id=opening.id,
        external_id=opening.external_id,
        requirement_list=opening.requirements,
    )
    offers = list(opening.offers or [])
    offers += [
        o
        for o in _implied_offers(
            opening.remote_policy, opening.location, opening.seniority, base.band()
        )
        if o not in offers
    ]
    return Role(
        **{**base.__dict__, "offers": tuple(offers), "offer_categories": _categorise_offers(offers)}
    )


def role_from_text(text: str) -> Role:
    """A pasted job description: offers are its sentences that speak to a motivation."""
    policy = None
    if _REMOTE_TEXT.search(text):
        policy = "remote"
    elif _HYBRID_TEXT.search(text):
        policy = "hybrid"
    elif _ONSITE_TEXT.search(text):
        policy = "onsite"
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    offers = [s for s in sentences if categorise(s) and len(s) < 200][:12]
    offers += [o for o in _implied_offers(policy, None, None, None) if o not in offers]
    first = sentences[0][:120] if sentences else "Pasted job description"
    return Role(
        title=first,
        requirements=text,
        offers=tuple(offers),
        remote_policy=policy,
        offer_categories=_categorise_offers(offers),
    )
