"""What a search is about: an opening on record, or a pasted job description.

Both become a ``Role``: the requirements to match profiles against, what the role offers a
person (explicit offers plus the facts implied by its remote policy, band and seniority), and
its terms read into the same facets as what people want (``reading.role_facts``), which
``matching.fit`` judges a person's conditions against.
"""

import re
from dataclasses import dataclass, field

from data.models import Opening
from data.motivation_words import categorise
from matching.texts import opening_requirements_text
from matching.wording import money
from reading.role_facts import RoleFacts, role_facts

LEADERSHIP_SENIORITY = {"lead", "manager", "director", "executive"}
MAX_OFFER_CHARS = 200


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
    facts: RoleFacts = field(default_factory=RoleFacts)

    @property
    def requirement_lines(self) -> list[str]:
        lines = [ln.strip(" -•*\t") for ln in re.split(r"[\n;]+", self.requirements)]
        return [ln for ln in lines if len(ln) > 3][:40]

    def band(self) -> str | None:
        if self.salary_max is None:
            return None
        if self.facts.pay_period != "year":
            # "C$85–C$95 an hour": a rate in its own period, never "0k"
            low = money(self.salary_min, self.currency) + "–" if self.salary_min else "up to "
            return low + money(self.salary_max, self.currency, self.facts.pay_period)
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
    facts = role_facts(
        title=opening.title,
        description=opening.description,
        requirements=opening.requirements,
        offers=tuple(opening.offers or ()),
        remote_policy=opening.remote_policy,
        location=opening.location,
        seniority=opening.seniority,
        salary_min=opening.salary_min,
        salary_max=opening.salary_max,
        currency=opening.currency,
        department=opening.department,
    )
    base = Role(
        title=opening.title,
        requirements=opening_requirements_text(
            title=opening.title,
            seniority=opening.seniority,
            requirements=opening.requirements,
            description=opening.description,
        ),
        remote_policy=facts.work_mode,
        location=facts.location,
        seniority=opening.seniority,
        salary_min=facts.pay_min,
        salary_max=facts.pay_max,
        currency=facts.currency,
        opening_id=opening.id,
        external_id=opening.external_id,
        requirement_list=opening.requirements,
        facts=facts,
    )
    offers = list(opening.offers or [])
    offers += [
        o
        for o in _implied_offers(facts.work_mode, facts.location, opening.seniority, base.band())
        if o not in offers
    ]
    return Role(
        **{**base.__dict__, "offers": tuple(offers), "offer_categories": _categorise_offers(offers)}
    )


def role_from_text(text: str) -> Role:
    """A pasted job description. Its lines are sorted into requirements, nice-to-haves,
    duties, offers and conditions first: only what the role gives is an offer, and only
    what it asks for is a requirement to cover."""
    facts = role_facts(title="", description=text)
    sections = facts.sections
    offers = [
        line for line in sections.lines("offers", "conditions") if len(line) < MAX_OFFER_CHARS
    ][:12]
    band = Role(
        title="",
        requirements="",
        salary_min=facts.pay_min,
        salary_max=facts.pay_max,
        currency=facts.currency,
        facts=facts,
    ).band()
    offers += [
        o for o in _implied_offers(facts.work_mode, facts.location, None, band) if o not in offers
    ]
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    first = lines[0][:120] if lines else "Pasted job description"
    return Role(
        title=first,
        requirements=text,
        offers=tuple(offers),
        remote_policy=facts.work_mode,
        location=facts.location,
        salary_min=facts.pay_min,
        salary_max=facts.pay_max,
        currency=facts.currency,
        offer_categories=_categorise_offers(offers),
        # Coverage keeps counting the bulleted lines (RJDB showed every line of a pasted
        # description as a requirement item ranks worse); only offers need the sections.
        facts=RoleFacts(**{**facts.__dict__, "title": first}),
    )
