"""Title shorthand: "PM" read by its setting, and a chief officer's letters.

"PM" is a project manager on a building site, at an engineering contractor, in events or at an
agency ("site PM", "PM on a hospital build", "PM/QS") and a product manager in software notes
(the reading it had before, and still has where the note says neither). A role titled "Chief
Information Security Officer" holds the "CISO" a note asks for. Used on the person's note
(``reading.normalise``) and on a role's title (``matching.verdict``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Where a PM runs projects: construction and engineering, events, agencies' client work.
_PROJECT_SETTING = re.compile(
    r"\b(?:site|build|builds|building|construction|contractors?|subbies|subcontractors?|civils|"
    r"fit[- ]?outs?|refurb\w*|m&e|mep|qs|quantity surveyors?|groundworks?|infrastructure|highways|"
    r"rail|tunnel\w*|bridges?|towers?|residential|housing|blocks?|schemes?|package|packages|"
    r"programme of works|works|jct|nec\d?|cscs|smsts|prince2|pmp|estimating|commissioning|"
    r"shutdowns?|turnarounds?|oil and gas|epc|plant|substations?|solar farms?|wind farms?|"
    r"events?|festivals?|conferences?|exhibitions?|venues?|weddings?|"
    r"agency|agencies|client accounts?|campaigns?|production|printing)\b"
)
# Where a PM owns a product: software, apps, platforms, roadmaps.
_PRODUCT_SETTING = re.compile(
    r"\b(?:saas|software|apps?|platforms?|roadmaps?|product[- ]led|features?|user research|"
    r"discovery|b2b|b2c|fintech|tech|startups?|scale-?ups?|api|apis|mobile|web|data products?|"
    r"okrs?|sprints?|backlog|jira|product owner|growth)\b"
)


@lru_cache(maxsize=4096)
def project_setting(text: str) -> bool:
    """Whether ``text`` (lower case) sets a PM among projects rather than products."""
    return bool(_PROJECT_SETTING.search(text)) and not _PRODUCT_SETTING.search(text)


def product_setting(text: str) -> bool:
    """Whether ``text`` (lower case) sets a PM among software products."""
    return bool(_PRODUCT_SETTING.search(text))


_PM = re.compile(r"\bpm(s?)\b")


# The chief officers by their letters, spelled out: a note's "chief technology officer" reads as
# "cto" (``reading.titles``), and a role titled "Chief Information Security Officer" holds the
# "ciso" a note asks for.
CHIEF_OFFICERS = {
    "chief technology officer": "cto",
    "chief information security officer": "ciso",
    "chief information officer": "cio",
    "chief financial officer": "cfo",
    "chief finance officer": "cfo",
    "chief executive officer": "ceo",
    "chief operating officer": "coo",
    "chief product officer": "cpo",
    "chief data officer": "cdo",
    "chief marketing officer": "cmo",
    "chief revenue officer": "cro",
}
_CHIEF = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, CHIEF_OFFICERS), key=len, reverse=True)) + r")\b"
)


def spelled_title(title: str, text: str) -> str:
    """A role's title (lower case) with its "PM" spelled out by the role's setting, and a chief
    officer's letters after the spelled title ("chief financial officer (cfo)")."""
    if "chief" in title:
        title += "".join(f" ({CHIEF_OFFICERS[m[0]]})" for m in _CHIEF.finditer(title))
    if "pm" not in title or not _PM.search(title):
        return title
    spelled = "project manager" if project_setting(f"{title}\n{text}") else "product manager"
    return _PM.sub(lambda m: spelled + m[1], title)
