"""The causes a role serves, read from what its text says the work does.

"Build the software that helps NHS clinics cut their waiting lists" serves health; "own the data
behind our solar farms" serves the climate. A cause is named in what the role does as much as in
what the company is, so the title, the duties, the offers and the lines about the company are
read - never the requirements ("experience with healthcare data" asks for a skill). Job ads use
some of a person's mission words loosely ("real impact", "service health"), so the role side has
its own list, and an industry that serves a cause gives the cause too (healthcare: health).
"""

from __future__ import annotations

import re

_CAUSES = {
    "health": (
        r"patients?|nhs|clinics?|clinicians?|hospitals?|health ?care|digital health|health ?tech|"
        r"med ?tech|mental health|gps?|doctors?|nurses?|care homes?|diagnos\w+|medical|pharmac(?:y|ies)"
    ),
    "climate": (
        r"climate|renewables?|renewable energy|energy[- ]transition|energiewende|net[- ]zero|decarboni[sz]\w+|"
        r"carbon (?:removal|capture|accounting|emissions|footprint)|low[- ]carbon|clean ?tech|"
        # (hyphenated as often as not: "a wind-farm developer", "solar-farm O&M")
        r"clean energy|solar|wind[- ](?:farms?|power|energy|turbines?)|heat pumps?|ev charging|"
        r"electric vehicles?|sustainab\w+|green energy"
    ),
    "education": (
        r"students?|pupils?|schools?|teachers?|learners?|ed ?tech|education(?:al)?|universit(?:y|ies)"
    ),
    "open source": r"open[- ]source",
    # who a charity serves: "a veterans' mental health charity", "a national homelessness charity"
    "veterans": (
        r"veterans?(?:'|’)?s?(?:'|’)? (?:charit(?:y|ies)|mental health|welfare|community|communities|housing|"
        r"support|wellbeing|causes?)|(?:armed )?forces charit(?:y|ies)"
    ),
    "homelessness": r"homeless(?:ness)?|rough sleep(?:ers|ing)",
    "accessibility": r"accessib(?:ility|le)|a11y",
}
_PATTERNS = {cause: re.compile(rf"\b(?:{words})\b") for cause, words in _CAUSES.items()}
CAUSE_OF_INDUSTRY = {"healthcare": "health", "pharma": "health", "education": "education"}


def role_missions(
    *, title: str = "", lines: list[str] | tuple[str, ...] = (), industries=()
) -> frozenset:
    """The causes a role serves: its title and the lines saying what it does, and its industries."""
    text = "\n".join([title or "", *lines]).lower()
    found = {cause for cause, pattern in _PATTERNS.items() if pattern.search(text)}
    found |= {CAUSE_OF_INDUSTRY[name] for name in industries if name in CAUSE_OF_INDUSTRY}
    return frozenset(found)
