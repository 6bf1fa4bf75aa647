"""Day shifts asked for, as US hospitals, warehouses and plants say it.

"Wants days", "days only", "cand only works 1st", "straight days pls": the person refuses the
night shift (schedule ``nights`` avoid, as "no nights" is). The first shift asked for alone
("1st shift only", "first shift or nothing") also rules out the second, which runs into the
evening: a finish later than the evening (``late_finish`` with no time, as "no closes" is).
A day position they had, or nights done somewhere before ("did four years of nights at
Methodist"), is nothing asked; "days off" and "3 days a week" are no shift. A days-only job refused ("won't
move to a days-only job") keeps the shifts: ``shifts`` must.
"""

from __future__ import annotations

import re

# Days as a shift: not "days off", "3 days", "days a week", "the days", "these days".
_DAYS = (
    r"(?<!\d )(?<!\d)(?<!these )(?<!those )(?<!the )(?<!few )(?<!many )(?<!some )(?<!two )(?<!three )"
    r"(?<!four )(?<!five )(?<!off )(?<!work )"
    r"(?:straight days|days|day shifts?|dayshift|day position|day job|day rotation|7a(?:m)?[- ]7p(?:m)?)"
    r"(?! off| a week| per| a month| in | at home| from| ago| notice| later| before| after| of| left)"
)
_FIRST = r"(?:1st|first) shift|(?<=works )1st|(?<=work )1st|(?<=do )1st"
_WANT = (
    r"(?:only |just )?(?:wants?|needs?|prefers?|asking for|asked for|looking for|back on|back to|"
    r"(?:can|will) only (?:do|work)|only (?:does|do|works|work)|sticking to|stick to|staying on|"
    r"has to be on|needs to be on|would like|'d like|wants to (?:go to|get to|be on|work)|"
    r"moving to|switch(?:ing)? to)\s+(?:a |the |to )?"
)
_ONLY_AFTER = r"\s*(?:only|or nothing|please|pls|plz|ideally)\b"
_DAY_ASKED = re.compile(
    rf"\b{_WANT}(?P<d1>{_DAYS})\b|\b(?P<d2>{_DAYS}){_ONLY_AFTER}|\bonly (?P<d3>{_DAYS})\b"
)
_FIRST_ASKED = re.compile(
    rf"\b{_WANT}(?P<f1>{_FIRST})\b|\b(?P<f2>{_FIRST}){_ONLY_AFTER}|\bonly (?P<f3>{_FIRST})\b"
)
# Not theirs, or not now: "used to want days", "the unit wanted days", "no days available".
_NOT_THEIRS = re.compile(
    r"\b(?:used to|previously|was on|were on|last job|old job|unit|manager|they|hospital|facility)\b"
    r"[^.;,]{0,25}$"
)
_FIXED_BEFORE = re.compile(r"\b(?:fixed|permanent)\s+$")
_NEGATED = re.compile(r"\b(?:not|no|never|don't|doesn't|won't|isn't|n't)\W+(?:\w+\W+)?$")


# A job of days only refused, the shifts kept: "won't move to a days-only job", "wouldn't take
# a 9-to-5 post" (schedule ``shifts`` must: shift work is what they need).
_DAYS_JOB_REFUSED = re.compile(
    r"\b(?:won't|will not|wouldn't|would not|refuses? to|refused to|not going to|never)\W+"
    r"(?:[\w']+\W+){0,3}?(?:a |an |any )?(?:days?[- ]only|straight[- ]days|monday[- ]to[- ]friday|"
    r"mon[- ]fri|9[- ]to[- ]5|nine[- ]to[- ]five|office[- ]hours?|no[- ]shifts?)\W+"
    r"(?:jobs?|roles?|posts?|positions?|patterns?|rosters?|contracts?)\b"
)


def find_day_shifts(t: str) -> list[tuple[dict, str, int, int]]:
    """(value, polarity, start, end) for each day shift asked for in lower-case ``t``."""
    if "day" not in t and "1st" not in t and "first" not in t and "7a" not in t:
        return []
    out: list[tuple[dict, str, int, int]] = []
    for m in _DAYS_JOB_REFUSED.finditer(t):
        out.append(({"kind": "shifts"}, "must", m.start(), m.end()))
    for pattern, value in (
        (_FIRST_ASKED, {"kind": "late_finish"}),
        (_DAY_ASKED, {"kind": "nights"}),
    ):
        for m in pattern.finditer(t):
            before = t[max(0, m.start() - 40) : m.start()]
            if _NEGATED.search(before) or _NOT_THEIRS.search(before):
                continue
            if any(a <= m.start() < b or m.start() <= a < m.end() for *_, a, b in out):
                continue
            out.append((dict(value), "avoid", m.start(), m.end()))
            if fixed := _FIXED_BEFORE.search(before):
                # "fixed days only", "permanent days": the same shift every week, too
                start = m.start() - len(before) + fixed.start()
                out.append(({"kind": "shifts", "scope": "fixed"}, "must", start, m.end()))
    return out
