"""A week split between office and home, said by its parts rather than as "N days in the office".

"3 days in / 2 days work from home", "tues+thurs in office", "in office mon-wed", "two days at
home every week" (so three in), "happy to come in 3x/week", "work from home mondays and fridays".
The whole split is one hybrid condition with its office days; the home part is not a remote wish.
"""

from __future__ import annotations

import re

from reading.gates import gated

_N = r"(?:\d|one|two|three|four|a single|a|once|twice)"
_NUMBER = {"a": 1, "a single": 1, "one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "four": 4}
_DAY = r"(?:mon|tues?|wed(?:nes)?|weds|thu|thur|thurs|fri)(?:days?|s)?"
_DAY_LIST = rf"{_DAY}(?:\s*(?:\+|/|,|&|-|–|and|to|through|thru)\s*{_DAY})*"
_WEEK = r"\s?(?:/|a|per|each|in a)\s?week"
_ORDER = ("mon", "tue", "wed", "thu", "fri")
_HOME = r"(?:at home|from home|home|remote(?:ly)?|work(?:ing)? from home)"
# "at least 2 days", "min 2 days", "a minimum of two days": home days asked as a floor
_AT_LEAST = r"(?:(?:at least|at minimum|min(?:imum)?\.?|a minimum of|minimum of) )?"
# "two days in is fine now": a count of days in, said to be fine
# ("2 days in ok": an ATS note drops the verb)
_FINE = (
    r"(?:(?:is|are|would be|'s|works|suits (?:her|him|them|me)) )?"
    r"(?:fine|ok|okay|doable|no problem|manageable|good)\b"
)
_IN = (
    rf"(?:in (?:the )?office|in(?=\W*$|\s*[,;/.+)]| and\b| max\b| tops\b| for\b| {_FINE})"
    r"|on ?site|into (?:the )?office)"
)
# "happy with 2 days in again", "ok with 1 day in now": a count of days in taken on, closed by
# when it holds (only after the taking: "not doing 3 days in again" refuses it)
_TAKEN = (
    r"(?<!not )(?<!n't )(?<!never )(?:happy (?:with|doing|to do)|ok(?:ay)? (?:with|doing)|fine (?:with|doing)|"
    r"can do|will do|could do|up for)"
)
_WHEN = r"(?:again|now|these days|from now on)\b"

# Office days said as a count before "in": "3 days in / 2 ...", "1 in", "come in 3x/week".
_COUNT_IN = gated(
    re.compile(
        rf"\b(?P<n>{_N})(?: days?)? {_IN}(?=\s*(?:/|,|;|\+|and\b|for\b|max\b|tops\b|{_FINE}|\W*$))"
        rf"|\b(?:come|coming|go|going) in (?P<n2>{_N})(?:(?:x| times| days?)(?:{_WEEK})?|{_WEEK})"
        rf"|\b{_TAKEN} (?P<n3>{_N})(?: days?)? in (?={_WHEN})"
    )
)
# Days at home, the rest in: "two days at home every week", "2 days work from home".
_COUNT_HOME = gated(
    re.compile(
        rf"\b(?:{_AT_LEAST}(?P<n>{_N}) days?(?: a week)? {_HOME}|(?P<d>\d) (?:at home|from home|work from home))\b"
    )
)
_HOME_COUNT = gated(re.compile(rf"\bwork from home {_AT_LEAST}(?P<n>{_N}) days?(?P<d>)\b"))
_DAYS_IN = re.compile(
    rf"(?:\b(?:in|{_IN}|office) (?:on )?(?P<a>{_DAY_LIST})\b|\b(?P<b>{_DAY_LIST}) {_IN}\b)"
)
# "Fridays from home", "work from home on Mondays", "Fridays have to be from home", "WFH Mon and Fri".
_BE = r"(?:(?:have|has|need|needs|must|should|would need) (?:to )?be |are |is |always |must be )?"
_DAYS_HOME = gated(
    re.compile(rf"(?:\b{_HOME} (?:on )?(?P<a>{_DAY_LIST})\b|\b(?P<b>{_DAY_LIST}) {_BE}{_HOME}\b)")
)
# Office days refused are home days: "no office on Fridays", "never in the office on Mondays or
# Fridays", "not coming in on fridays", "Fridays are office-free". A refused list joined by "or"
# names every day in it.
_NOT = r"(?:no|never|not|without|won't be|can't be|cannot be|can't do|won't do)"
_DAY_EITHER = rf"{_DAY}(?:\s*(?:\+|/|,|&|-|–|and|or|nor|to|through|thru)\s*{_DAY})*"
_NO_OFFICE_DAYS = gated(
    re.compile(
        rf"\b{_NOT} (?:(?:be|going|coming|come|go|working) )?(?:in (?:the )?office|into (?:the )?"
        rf"office|in|office|on ?site)(?: days?)? (?:on )?(?P<a>{_DAY_EITHER})\b"
        rf"|\b(?P<b>{_DAY_EITHER}) (?:are |is )?(?:no[- ]office|office[- ]free|(?:not|never) "
        rf"(?:in (?:the )?)?office)(?: days?)?\b"
    )
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER[word]


def _weekdays(listed: str) -> int:
    """How many weekdays a list names: "tues+thurs" 2, "mon-wed" 3, "wed/thu/fri" 3."""
    names = re.findall(_DAY, listed)
    firsts = [_ORDER.index(n[:3]) for n in names if n[:3] in _ORDER]
    if len(firsts) == 2 and re.search(r"-|\bto\b", listed):
        return abs(firsts[1] - firsts[0]) + 1
    return len(set(firsts))


def weekdays(listed: str) -> list[str]:
    """The weekdays a list names, in order: "tues+thurs" [tue, thu], "mon-wed" [mon, tue, wed]."""
    names = [n[:3] for n in re.findall(_DAY, listed.lower()) if n[:3] in _ORDER]
    firsts = [_ORDER.index(n) for n in names]
    if len(firsts) == 2 and re.search(r"-|–|\bto\b|\bthrough\b|\bthru\b", listed.lower()):
        lo, hi = sorted(firsts)
        return list(_ORDER[lo : hi + 1])
    return [d for d in _ORDER if d in names]


def named_days(text: str) -> tuple[str, list[str]] | None:
    """("office" or "home", the weekdays) of a week said by the days named for one part."""
    for pattern, part in ((_NO_OFFICE_DAYS, "home"), (_DAYS_IN, "office"), (_DAYS_HOME, "home")):
        m = pattern.search(text)
        if m:
            days = weekdays(m["a"] or m["b"])
            if 0 < len(days) < 5:
                return part, days
    return None


# A day list in a line about where the work is done: "Office every Monday and Friday".
_DAY_LIST_RE = re.compile(rf"\b{_DAY_LIST}\b")


def office_weekdays(line: str) -> list[str]:
    """The weekdays a role's line about its office names ("Tue–Thu in office"), or none."""
    found: list[str] = []
    low = line.lower()
    refused = {d for m in _NO_OFFICE_DAYS.finditer(low) for d in weekdays(m["a"] or m["b"])}
    # "in the office Tuesday through Thursday, from home on Mondays and Fridays": home days too
    refused |= {d for m in _DAYS_HOME.finditer(low) for d in weekdays(m["a"] or m["b"])}
    for m in _DAY_LIST_RE.finditer(low):
        found += [d for d in weekdays(m.group()) if d not in found and d not in refused]
    return [d for d in _ORDER if d in found] if 0 < len(found) < 5 else []


# What a single visit to the office is for: "on Tuesday for the interview", "to sign the contract".
_ONE_OFF = re.compile(
    r"\W+(?:for|to)\W+(?:(?:the|a|an|my|his|her|their|our|your|this|that)\W+)?(?:\w+\W+)?"
    r"(?:interviews?|chat|coffee|meeting|final|finals|panel|onsite|assessment|sign|signing|induction|"
    r"onboarding|tour|visit|catch[- ]?up|drinks|lunch|presentation|test|meet|round|pick up|collect)\b"
)

# ... said right after a mention of the office: "in the office on Tuesday for the interview".
_ONE_OFF_AFTER = re.compile(
    r"(?:\W+(?:on|this|next) (?:mon|tues|wednes|thurs|fri)day\b)?" + _ONE_OFF.pattern
)


def one_off_visit(t: str, end: int) -> bool:
    """Whether the office named just before ``end`` is visited once, for a reason."""
    return bool(_ONE_OFF_AFTER.match(t, end))


_DAYS = re.compile(r"(?:mon|tues|wednes|thurs|fri)days\b")  # "on Tuesdays": a habit, not a visit


def split_week(text: str) -> tuple[int, int, int] | None:
    """(office days a week, start, end) of a week said by its office or home parts."""
    for pattern, home in ((_NO_OFFICE_DAYS, True), (_DAYS_IN, False), (_DAYS_HOME, True)):
        m = pattern.search(text)
        if m and not home and _ONE_OFF.match(text, m.end()) and not _DAYS.search(m.group()):
            continue  # "in the office on Tuesday for the interview": a visit, not a week
        if m:
            n = _weekdays(m["a"] or m["b"])
            if 0 < n < 5:
                return (5 - n if home else n), m.start(), m.end()
    m = _COUNT_IN.search(text)
    if m:
        n = _count(m["n"] or m["n2"] or m["n3"])
        if 0 < n < 5:
            return n, m.start(), m.end()
    for pattern in (_COUNT_HOME, _HOME_COUNT):
        m = pattern.search(text)
        if m and 0 < _count(m["n"] or m["d"]) < 5:
            return 5 - _count(m["n"] or m["d"]), m.start(), m.end()
    return None


def home_part(text: str) -> list[tuple[int, int]]:
    """Spans of the home half of a split ("2 days work from home", "the rest from home")."""
    spans = [
        m.span()
        for p in (_COUNT_HOME, _HOME_COUNT, _DAYS_HOME, _NO_OFFICE_DAYS)
        for m in p.finditer(text)
    ]
    spans += [m.span() for m in re.finditer(rf"\b(?:the )?rest {_HOME}\b", text)]
    return spans
