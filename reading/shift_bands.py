"""Shifts named by the hours they keep, as India's BPOs, KPOs and support desks say it.

A "US shift" is worked through the Indian night; a "general shift" is the office day (about 9
to 6) and a "morning shift" ends by mid-afternoon; a "UK shift" runs from about 1 to 10 pm. The
person side reads a band asked for or refused as the schedule it means: "US shift only" wants
nights, "not US shift" refuses them; "only general shift" refuses nights and a finish later than
the evening, "only morning shift" a finish later than mid-afternoon. A UK shift taken or refused
says only that the evening is or is not worked: nothing is read but the words are kept from the
bare "shift" (which would read as shift work). The role side (``role_bands``): a "US shift"
works nights; a "general shift" or "morning shift" is fixed day work with no nights.

Twins left alone: "rotational shifts" (``reading.rotation``), "night shift", "day shift"
(``reading.day_shifts``), a band they did before ("did US shift for 5 years at Concentrix").
"""

from __future__ import annotations

import re

from reading.clauses import sentence_end

_BAND = (
    r"(?P<band>general|morning|early morning|us|u\.s\.|american|uk|u\.k\.|british|australian|aus)"
)
_MENTION = re.compile(rf"\b{_BAND}[- ]shifts?\b(?:\s*(?:timings?|hours))?")
_ONLY = re.compile(r"\b(?:only|strictly|just)\W+(?:(?:a|the)\W+)?$")
_ONLY_AFTER = re.compile(r"\W*(?:only|or nothing|strictly)\b")
_WISH = re.compile(
    r"\b(?:wants?|prefers?|preferred|needs?|looking for|asking for|asked for|would like|'d like|"
    r"ok(?:ay)? with|fine with|happy with|open to|comfortable (?:with|in))\W+(?:(?:a|the|only|to do|to work)\W+)*$"
)
_FINE_AFTER = re.compile(r"\W*(?:(?:is|are)\s+)?(?:ok|okay|fine|good|no problem|works)\b")
_REFUSED = re.compile(
    r"\b(?:not|no|never|won't|can't|cannot|don't|doesn't|didn't want|no more|done with|tired of|"
    r"sick of|avoid)\W+(?:\w+\W+){0,2}?$"
)
_REFUSED_AFTER = re.compile(
    r"\W*(?:(?:is|are|will be)\s+)?(?:not (?:ok|okay|possible|an option)|won't work|will not work|"
    r"doesn't work|is a no|no way|not for (?:me|him|her))\b"
)
# A band worked before, not asked: "did US shift for 5 years", "was on UK shift at Genpact".
_PAST = re.compile(
    r"\b(?:did|done|worked|was on|were on|been on|been doing|used to|has done|have done|current(?:ly)?|"
    r"for (?:her|his|their) current)\W+(?:\w+\W+){0,2}?$"
)

# A verdict on a band done before: "did US shift for three years - never again".
_VERDICT_AFTER = re.compile(
    r"\b(?:never again|not again|no more|never|done with it|enough|wrecked|ruined|killed|burn(?:t|ed) out)\b"
)


# (kind, time) refused when a band is asked for alone: the hours outside it.
_OUTSIDE = {
    "general": ({"kind": "nights"}, {"kind": "late_finish", "time": "19:00"}),
    "morning": ({"kind": "nights"}, {"kind": "late_finish", "time": "16:00"}),
    "early morning": ({"kind": "nights"}, {"kind": "late_finish", "time": "16:00"}),
}
_NIGHT_BANDS = {"us", "u.s.", "american"}


def find_shift_bands(t: str) -> tuple[list[tuple[dict, str, int, int]], list[tuple[int, int]]]:
    """(value, polarity, start, end) for each named shift band asked for or refused in
    lower-case ``t``, and the spans of every band named (kept from the bare "shift")."""
    if "shift" not in t:
        return [], []
    out: list[tuple[dict, str, int, int]] = []
    spans: list[tuple[int, int]] = []
    for m in _MENTION.finditer(t):
        a, b = m.span()
        spans.append((a, b))
        before, after = t[max(0, a - 40) : a], t[b : b + 30]
        band = m["band"]
        if _PAST.search(before):
            if band in _NIGHT_BANDS and _VERDICT_AFTER.search(t, b, sentence_end(t, b, ".!?\n")):
                # "did US shift for three years - never again": the nights refused
                out.append(({"kind": "nights"}, "avoid", a, b))
            continue
        if _REFUSED.search(before) or _REFUSED_AFTER.match(after):
            if band in _NIGHT_BANDS:
                out.append(({"kind": "nights"}, "avoid", a, b))
            continue
        only = bool(_ONLY.search(before) or _ONLY_AFTER.match(after))
        asked = only or _WISH.search(before) or _FINE_AFTER.match(after)
        if not asked:
            continue
        if band in _NIGHT_BANDS:
            out.append(({"kind": "nights"}, "must" if only else "wish", a, b))
        elif band in _OUTSIDE and only:
            out.extend((dict(value), "avoid", a, b) for value in _OUTSIDE[band])
    return out, spans


# The role's band: "US shift (6:30 pm - 3:30 am)" works nights; "General shift, 9:30 to 6:30"
# is a fixed day.
_ROLE_NIGHT_BAND = re.compile(r"\b(?:us|u\.s\.|american)[- ]shifts?\b")
_ROLE_DAY_BAND = re.compile(r"\b(?:general|morning)[- ]shifts?\b")


def role_bands(lower: str) -> tuple[set[str], set[str], bool]:
    """(schedule kinds worked, kinds not worked, whether the shift is a fixed day) for a role's
    lower-case terms."""
    if "shift" not in lower:
        return set(), set(), False
    if _ROLE_NIGHT_BAND.search(lower):
        return {"nights"}, set(), False
    if _ROLE_DAY_BAND.search(lower):
        return set(), {"nights"}, True
    return set(), set(), False
