"""What an employer had on offer, said in a note: not a condition of the person's.

"pulled out - only 3rd shift open at the DC", "withdrew, only nights available", "only night
shifts left": the "only" limits what was open, it is no "nights only" of theirs. The mention
followed by open / available / left / on offer is read as background, whatever the "only"
before it (the refusal that follows, "can't do overnights", is read on its own).
Twins left alone: "only available for nights", "nights only, open to days" (the person's).
"""

from __future__ import annotations

import re

_ONLY_BEFORE = re.compile(r"\bonly\s+(?:(?:a|the|the one|one)\s+)?$")
_ON_OFFER_AFTER = re.compile(
    r"\s*(?:(?:was|were|is|are|being)\s+)?(?:open|available|left|on offer|going|offered|posted)\b"
)


def on_offer(t: str, s: int, a: int, b: int, e: int) -> bool:
    """True when the mention t[a:b] (in the segment t[s:e]) is what was open, not asked for."""
    return bool(_ONLY_BEFORE.search(t, s, a) and _ON_OFFER_AFTER.match(t, b, e))
