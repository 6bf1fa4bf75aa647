"""The fit reasons of the people shown: the role's requirement items their profile covers, the
skills it names, and experience close to the role; and the order every reason is shown in."""

import re
from functools import lru_cache

import numpy as np

from matching.facts import PersonFacts
from matching.reasons import Explanation
from matching.results import RankedCandidate

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


def explain_fit(role, index, facts, ranked: list[RankedCandidate], coverage) -> None:
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
        reasons = fit_reasons(
            person, requirements, r.components, covered, missing, len(items), skill_cache
        )
        r.reasons = sorted(
            reasons + r.reasons, key=lambda x: REASON_ORDER.get(x.kind, len(REASON_ORDER))
        )


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


def fit_reasons(
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
