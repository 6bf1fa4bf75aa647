"""Requirements as checkable items: "Kubernetes", "Customer Service", "Junior Systems Admin".

A job description lists what it needs as bullets ("3. Networking: TCP/IP and LAN/WAN…",
"- 5+ years of Python"). Each becomes an item of content words; a candidate covers an item in
proportion to the item's words found in their profile. Coverage is the share of items
covered — the "ticks 8 of 9 requirements" view a recruiter takes of a CV.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import bm25s

_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+")
_HEAD = re.compile(r"^([^:]{2,60}):\s")
# A head that names a section, not a skill: "Nice to have: mentoring" asks for mentoring.
_SECTION_HEAD = re.compile(
    r"(?i)^(?:nice[- ]to[- ]haves?|must[- ]haves?|bonus(?: points)?|preferred|desirable|"
    r"essential|required|requirements?|qualifications?|also|plus)$"
)
# Words every requirement uses; they say nothing about which requirement it is.
GENERIC = frozenset(
    """year years yr yrs experience experienced ability able knowledge proficiency proficient
    strong excellent good solid skills skill understanding working work worked least minimum
    previous relevant must role required require requires including plus preferred familiarity
    familiar demonstrated proven track record background hands using use used etc also
    effective effectively within across related has have having holds hold spent""".split()
)
MAX_ITEM_WORDS = 12
MAX_ITEMS = 40


@dataclass(frozen=True)
class RequirementItem:
    label: str
    words: tuple[str, ...]


def _words(text: str) -> tuple[str, ...]:
    tokens = bm25s.tokenize([text], stopwords="en", return_ids=False, show_progress=False)[0]
    kept = [t for t in tokens if t not in GENERIC and not t.isdigit() and len(t) > 1]
    return tuple(dict.fromkeys(kept))


def requirement_items(text: str, *, all_lines: bool = False) -> list[RequirementItem]:
    """Bulleted or numbered lines (every line, for an opening's own requirements field)."""
    return list(_items(text, all_lines))


@lru_cache(maxsize=512)
def _items(text: str, all_lines: bool) -> tuple[RequirementItem, ...]:
    """A role is searched again and again: its items are worked out once (they are frozen)."""
    items: list[RequirementItem] = []
    seen: set[tuple[str, ...]] = set()
    for raw in text.splitlines():
        is_bullet = bool(_BULLET.match(raw))
        if not (is_bullet or all_lines) or not raw.strip():
            continue
        line = _BULLET.sub("", raw).strip()
        if _SECTION_HEAD.match(line.rstrip(":").strip()):
            continue  # a section's own heading line ("Nice to have:")
        head = _HEAD.match(line)
        if head and _SECTION_HEAD.match(head.group(1).strip()):
            line, head = line[head.end() :].strip(), None
        label = head.group(1).strip() if head else line
        words = _words(label)
        if not words or len(words) > MAX_ITEM_WORDS or words in seen:
            continue
        seen.add(words)
        items.append(RequirementItem(label=label[:80], words=words))
        if len(items) >= MAX_ITEMS:
            break
    return tuple(items)
