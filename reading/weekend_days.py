"""Which day of the weekend is meant: a person who refuses Saturdays only ("keeps the Sabbath",
"Saturdays are out, Sundays are fine") and a role worked on Sundays only ("one Sunday in four")
are no clash, where "no weekends" against any weekend work is.

``day(t, a, b)`` names the one day a refused mention is about, when the note does not refuse the
other as well; ``role_days(text)`` the weekend days a role's terms name (none: unknown, or both).
"""

from __future__ import annotations

import re

_DAY = re.compile(r"(saturday|sunday)s?", re.I)
_OTHER = {"saturday": "sunday", "sunday": "saturday"}
# the other day said to be fine: "Sundays are fine", "happy to do Sundays", "Sundays OK"
_FINE_AFTER = re.compile(
    r"\W*(?:are|is|'re|'s)?\W*(?:absolutely |totally |completely |perfectly |really )?(?:fine|ok|okay|"
    r"no problem|grand|good|great|not a problem|doable|no bother)\b"
)
_FINE_BEFORE = re.compile(
    r"\b(?:happy|glad|willing|can|could|will|'ll|would|fine|ok|okay) (?:to )?(?:do|work|cover|with)?\W*$"
)


def day(t: str, a: int, b: int) -> str | None:
    """The one weekend day ``t[a:b]`` names, unless the other is named and not said to be fine."""
    m = _DAY.fullmatch(t[a:b].strip())
    if not m:
        return None
    this = m.group(1).lower()
    for other in re.finditer(rf"\b{_OTHER[this]}s?\b", t, re.I):
        fine = _FINE_AFTER.match(t, other.end()) or _FINE_BEFORE.search(
            t, max(0, other.start() - 25), other.start()
        )
        if not fine:
            return None  # "no Saturdays or Sundays": both refused
    if re.search(r"\bweekends?\b", t, re.I):
        return None  # "no weekends, Sundays especially": the whole weekend
    return this


def role_days(text: str) -> frozenset[str]:
    """The weekend days a role's (lower-case) terms name as worked: both when it says
    "weekends", none when it names neither."""
    if re.search(r"\bweekends?\b", text):
        return frozenset()
    # "Monday to Saturday, never Sundays": the day refused is not a day worked
    return frozenset(
        m.group(1)
        for m in re.finditer(r"\b(saturday|sunday)s?\b", text)
        if not _NOT_WORKED.search(text, max(0, m.start() - 24), m.start())
        and not _OFF_AFTER.match(text, m.end())
    )


# A day the role says it is not worked: "never Sundays", "closed on Sundays", "Sundays off".
_NOT_WORKED = re.compile(r"\b(?:no|not|never|except|excluding|closed|shut)(?: on| any| at)?\s+$")
_OFF_AFTER = re.compile(r"\s+(?:off|closed)\b")
