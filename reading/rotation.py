"""Rotating shifts against a fixed pattern, on both sides.

A person done with rotating ("no more rotating rosters", "off the swing shifts") or asking for
the same hours every week ("wants a fixed line", "fixed days only", "the same shift every
week", "permanent earlies") refuses a roster that rotates, not shift work as such: a "fixed day
shift" or a "fixed 5 on 4 off roster" suits them, a "rotating 4 on 4 off" does not. The note's
schedule condition keeps the kind ``shifts`` with a ``scope`` of ``rotating`` or ``fixed``
(``scope``), and the role says whether its roster rotates (``role_rotating``).

Twins left alone: a "fixed-term" contract, "fixed pay", "fixed hours" (an hours bound) and a rota
mentioned with no wish ("the rota there was chaotic") name no pattern.
"""

from __future__ import annotations

import re

_SHIFT_WORDS = r"(?:shifts?|rosters?|rotas?|lines?|schedules?|patterns?|pattern of work)"
# The note's mentions, in the normalised spelling (``reading.terms`` joins them to ``shifts``).
MENTIONS = (
    rf"(?:rotating|rotational|rotation|revolving|swing|swinging) {_SHIFT_WORDS}",
    r"rotating between (?:days|earlies|mornings) and (?:nights|lates|afternoons)",
    rf"fixed {_SHIFT_WORDS}",
    r"fixed (?:days|nights|earlies|lates|day shifts?|night shifts?)(?! off)",
    r"(?:the )?same (?:shifts?|hours|roster|rota|line) (?:every|each) (?:week|day)",
    r"permanent (?:earlies|lates|early shifts?|late shifts?|day shifts?|days)",
    # "done with rotating", "no more rotating, wants days": rotating said alone after a refusal
    r"(?:(?<=done with )|(?<=no more )|(?<=sick of )|(?<=tired of )|(?<=fed up with )|(?<=off )|"
    r"(?<=finished with )|(?<=hates )|(?<=over ))rotating(?= *(?:$|[,.;:)!-]| and | or | any ?more| again))",
    r"(?:non|not)[- ]rotating(?: {_SHIFT_WORDS})?".replace("{_SHIFT_WORDS}", _SHIFT_WORDS),
)
_FIXED = re.compile(r"\b(?:fixed|same|permanent|non[- ]rotating|not[- ]rotating)\b")
_ROTATING = re.compile(r"\b(?:rotat\w*|revolving|swing\w*)\b")


def scope(mention: str) -> str | None:
    """``fixed`` or ``rotating`` for a shift mention that names the pattern, else None."""
    if _FIXED.search(mention):
        return "fixed"
    return "rotating" if _ROTATING.search(mention) else None


# A role's roster: "rotating 12-hour shifts", "4 on 4 off, rotating days and nights", "DuPont
# schedule", "days and nights on rotation"; or a fixed one: "fixed roster", "fixed day shift",
# "permanent earlies", "straight days", "non-rotating".
_ROLE_FIXED = re.compile(
    r"\b(?:non[- ]rotating|no rotation|not rotating|does not rotate|doesn't rotate|"
    rf"fixed (?:{_SHIFT_WORDS}|days?|nights?|earlies|lates|day shifts?|night shifts?)(?! off)|"
    r"permanent (?:earlies|lates|nights|days|day shifts?|night shifts?|early shifts?|late shifts?)|"
    r"straight (?:days|nights)|(?:same|set) shifts? (?:every|each) week|"
    # India's office-day band: "General shift, 9:30 to 6:30" (``reading.shift_bands``)
    r"(?:general|morning) shifts?|"
    # a weekday day shift: "Day shift, Mon-Fri", "Monday to Friday days"
    r"days? shifts?,? (?:mon(?:day)?|m) ?(?:-|–|to) ?(?:fri(?:day)?|f)|"
    r"(?:mon(?:day)?|m) ?(?:-|–|to) ?(?:fri(?:day)?|f),? days?(?: shifts?)?)\b"
)
_ROLE_ROTATING = re.compile(
    r"\b(?:rotating|rotational|rotates|revolving|swing shifts?|dupont|continental (?:shifts?|rota|roster)|"
    r"(?:days|earlies|mornings),? (?:afternoons,? )?and (?:nights|lates) on rotation|"
    r"(?:days|shifts) and nights (?:rotating|alternating)|alternating (?:days|shifts) and nights|"
    r"on a rotation(?: of| between)? (?:days|shifts|earlies))\b"
)
_NOT_SHIFTS = re.compile(
    r"\brotat\w* (?:on[- ]?call|call|duty manager|weekend|chair|role|basis|graduate|programmes?|"
    r"programs?|schemes?|placements?|posts?|postings?|deployments?|assignments?)\b"
)


def role_rotating(text: str) -> bool | None:
    """True when the role's roster rotates, False when it says its shifts are fixed, None when
    it does not say (lower-case ``text``). An on-call rota that rotates is no rotating shift."""
    if _ROLE_FIXED.search(text):
        return False
    for found in _ROLE_ROTATING.finditer(text):
        if not _NOT_SHIFTS.match(text, found.start()):
            return True
    return None


# An offshore hitch by its length: "3/3", "3 weeks on, 3 weeks off", "a 28/28" (days).
_HITCH = re.compile(
    r"\b(?P<n>[1-9]|1[0-4]|21|28|35|42) ?(?:(?:weeks?|wks?) on\W{1,3}\d+ ?(?:weeks?|wks?) off|/ ?\d+)"
)
_TOO_LONG = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:is |was |are |were |'s )?(?:too|far too|way too) (?:long|much)\b"
)


def hitch_too_long(mention: str, after: str) -> int | None:
    """Weeks of a hitch refused as too long ("3/3 rotation too long with a newborn"): a shorter one
    is not refused. None when no length is named or it is not refused for its length."""
    m = _HITCH.search(mention)
    if m is None or not _TOO_LONG.match(after):
        return None
    n = int(m["n"])
    return n // 7 if n >= 14 else n


def role_hitch_weeks(text: str) -> int | None:
    """The weeks a role's hitch lasts: "2 weeks on / 2 weeks off", "a 3/3 rotation"."""
    m = re.search(
        r"\b(?P<n>[1-9]|1[0-4]|21|28|35|42) ?(?:(?:weeks?|wks?) on\b|/ ?\d+ (?:rotation|hitch|roster|swing))",
        text,
    )
    if m is None:
        return None
    n = int(m["n"])
    return n // 7 if n >= 14 else n
