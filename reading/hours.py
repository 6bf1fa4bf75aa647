"""The hours of a working day a person will keep, and how long a shift they will do.

People bound their day by the clock: the latest they will finish ("won't work past 11pm", "must
finish by 3 for school pickup", "can do evenings till 10 but not closes", "no lates") and the
earliest they will start ("no starts before 8", "can't do earlies"); and they bound a shift's
length ("8-hour shifts only", "no 12s", "can't do long days") or want long ones ("prefers long
days so she has 4 days off"). Read as schedule conditions:

- ``late_finish`` (avoid): no work after ``time`` ("HH:MM"; a finish after midnight is "01:00");
  no time said ("no closes") is a finish later than ``LATE`` (20:00).
- ``early_start`` (avoid): no start before ``time``; none said ("no earlies") is before ``EARLY``.
- ``long_shifts``: avoid - no shift longer than ``hours`` (10 when not said); wish - long shifts
  wanted.

A bound told of a past job ("had to finish by 3 at my last place", "used to work till 1am") is
no condition. Roles' own hours are read in ``reading.role_facts``.
"""

from __future__ import annotations

import re

LATE = 20 * 60  # minutes after midnight: a "late" or a "close" finishes after this
EARLY = 8 * 60  # ... and an "early" starts before this
LONG = 10  # hours: a shift longer than this is a long day

_CLOCK = (
    r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>am|pm|a\.m\.|p\.m\.)?|"
    r"(?P<word>midnight|noon|midday))"
)


def clock(text: str, *, finish: bool) -> int | None:
    """Minutes after midnight of a time said ("11pm", "23:00", "3", "midnight"). A bare hour is
    the working-day one: a finish at "3" or "10" is in the afternoon or evening, a start at "8"
    in the morning. A finish after midnight is counted past 24:00 ("1am" is 25:00)."""
    text = re.sub(r"^(0\d)([0-5]\d)\s?(?:hrs?)?$", r"\1:\2", text.strip().lower())  # "0500hrs"
    m = re.fullmatch(_CLOCK, text)
    if not m:
        return None
    if m["word"]:
        return 24 * 60 if m["word"] == "midnight" else 12 * 60
    h, mins, ap = int(m["h"]), int(m["m"] or 0), (m["ap"] or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    elif not ap and finish and 1 <= h <= 11 and not m["h"].startswith("0"):
        h += 12  # "finish by 3", "out by 5:30", "till 10" (but "05:30" is the 24-hour clock)
    at = h * 60 + mins
    if finish and at < 6 * 60:
        at += 24 * 60  # "till 1am": past midnight
    return at


def hhmm(minutes: int) -> str:
    return f"{(minutes // 60) % 24:02d}:{minutes % 60:02d}"


def from_hhmm(value: str | None, *, finish: bool) -> int | None:
    if not value:
        return None
    h, m = (int(x) for x in value.split(":"))
    at = h * 60 + m
    return at + 24 * 60 if finish and at < 6 * 60 else at


# The 24-hour clock written without a colon ("0500", "0430hrs") is taken with its leading zero
# only: "2030" could be a year.
_TIME = (
    r"(0\d[0-5]\d(?:\s?hrs?\b)?|(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)?|midnight|noon|"
    r"midday)\b"
)
# When crews (pilots, cabin crew, drivers) start a duty: they "sign on" or "report".
_SIGN_ON = r"(?:sign(?:-| )?ons?|report(?:ing)? times?|duty starts?)"


def _said(m: re.Match) -> str:
    """The time a match holds (its one numbered group that matched)."""
    return next(g for g in m.groups() if g)


_NEG = r"(?:won't|will not|wont|can't|cannot|can not|cant|not|never|no|nothing|don't|do not|doesn't|does not|unable to)"
_SUBJECT = r"(?:(?:i|she|he|they|i'd|she'd|he'd)\s+)?"
_FINISH = re.compile(
    # "won't work past 11pm", "can't stay later than 6", "not after 10pm", "nothing past 9"
    rf"\b{_NEG}\s+(?:\w+\s+){{0,2}}?(?:past|after|beyond|later than)\s+{_TIME}|"
    # a call at a late hour refused: "no more 10pm calls with New York", "won't do 9pm syncs"
    rf"\b{_NEG}\s+(?:do\s+|doing\s+|more\s+|any\s+)*((?:[6-9]|1[01])(?:[:.][0-5]\d)?\s?(?:pm|p\.m\.))\s+"
    r"(?:calls|meetings|syncs|stand-?ups)\b|"
    # "must finish by 3", "needs to be done by 5:30", "has to leave at 4", "home by 6"
    r"\b(?:must|has to|have to|need to|needs to|got to|gotta|should|has got to|have got to)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:finish|be (?:done|out|off|finished|home)|leave|clock (?:off|out)|get away)"
    rf"\s+(?:by|before|at|no later than)\s+{_TIME}|"
    rf"\b(?:finish(?:es|ing)?|done|out|off|home|away)\s+by\s+{_TIME}|"
    rf"\bno later than\s+{_TIME}|"
    # "evenings till 10 but not closes", "can work until 9pm max", "till 11pm latest"
    rf"\b(?:evenings?|nights?|lates?|work|working|stay|shifts?)\s+(?:\w+\s+)?(?:till|until|til|to)\s+{_TIME}"
    r"(?=\s*(?:max|tops|latest|at the latest|at most|but|,|\.|;|$|and|only))",
)
# A family duty at a set time ends the working day before it: "nursery pick-up every day at
# 5.30", "does the 5:30 school pick-up", "childminder collection by 6" (someone else's duty -
# "her partner does pick-up" - is none of hers; a school run is a morning's, no finish).
_DUTY = r"(?:nursery|school|daycare|day care|childcare|creche|crèche|kids'?|childminder)\s+(?:pick[- ]?ups?|collections?)"
_DUTY_AT = re.compile(
    rf"\b{_DUTY}\s+(?:\w+\s+){{0,3}}?(?:at|by|for|before)\s+{_TIME}|"
    rf"\b(?:the\s+)?{_TIME}\s+{_DUTY}\b"
)
_OTHERS_DUTY = re.compile(
    r"\b(?:partner|husband|wife|mum|mom|dad|nan|grandma|grandad|granny|childminder|nanny|au pair)\b"
    r"(?:'s)?\s+(?:\w+\s+){0,2}?(?:does|do|did|covers?|handles?|takes?|has)\b[^.;]*$"
)
_START = re.compile(
    # "no starts before 8", "can't start before 7:30", "won't be in earlier than 9"
    rf"\b{_NEG}\s+(?:\w+\s+){{0,2}}?(?:starts?|starting|in|shifts?|earlies|{_SIGN_ON})\s+(?:\w+\s+)?"
    rf"(?:before|earlier than|until|till)\s+{_TIME}|"
    rf"\b{_NEG}\s+(?:\w+\s+){{0,2}}?(?:before|earlier than)\s+{_TIME}(?=\s*(?:am|in the morning|starts?)\b)|"
    rf"\bstart(?:s|ing)?\s+(?:at|from)\s+{_TIME}\s+(?:at the earliest|earliest)",
)
# A morning hour refused as the start of the thing done then: "can't do 7am lift checks", "no more
# 6am starts", "the 5am calls I can't do" (``_AT_REFUSED``: the start at that hour is refused, so the
# earliest start taken is a half hour later). The hour must be a morning one by its "am" or its
# 24-hour zero ("0600 starts"): "no 12s" is a shift's length, "5 calls" a count.
_MORNING = r"((?:[4-9]|1[01])(?:[:.][0-5]\d)?\s?(?:am|a\.m\.)|0[4-9][:.]?[0-5]\d(?:\s?hrs?)?)"
_AT_THING = (
    r"(?:\w+[\s-]+)?(?:starts?|shifts?|calls?|call times?|checks?|opens?|openings?|sets?|set-?ups?|"
    rf"briefings?|meetings?|stand-?ups?|classes|sessions|lessons|runs|load-?ins?|{_SIGN_ON})\b"
)
_AT_REFUSED = re.compile(
    rf"\b{_NEG}\s+(?:do\s+|doing\s+|more\s+|any\s+|work(?:ing)?\s+|make\s+|manage\s+)*{_MORNING}[\s-]+{_AT_THING}|"
    rf"\b(?:the\s+)?{_MORNING}[\s-]+{_AT_THING}\s+(?:are\s+|is\s+)?(?:(?:i|she|he|they)\s+)?(?:can't|cannot|cant|"
    r"won't|wont|can not) do\b|"
    rf"\b{_MORNING}[\s-]+{_AT_THING}\s+(?:are|is)\s+(?:out|a no|impossible|not possible|no good|a dealbreaker)\b"
)
# No time said: "can't do earlies", "no closes", "not lates", "no early starts".
_NO_TIME = re.compile(
    rf"\b{_NEG}\s+(?:do\s+|doing\s+|work(?:ing)?\s+|teach(?:ing)?\s+|more\s+|any\s+)*(?:(?P<early>earlies|early (?:starts|shifts|"
    # early calls with another office: "won't do early calls", "no more early Sydney calls"
    r"mornings|(?:[a-z]+ )?(?:calls|meetings|syncs|stand-?ups))|opening shifts|opens)|(?P<late>lates|late (?:shifts|finishes|nights)|closes|closing shifts|"
    # the working evening itself: "can't do evening teaching", "no evenings", "won't teach evening
    # classes" (evening calls with another office are night calls, read as such)
    r"closing|the close|evenings|evening (?:work|working|teaching|classes|lectures|sessions|shifts|hours|"
    r"surgeries|clinics|courses)))\b|"
    r"\b(?P<early2>earlies|early starts|early shifts)\s+(?:are\s+)?(?:out|a no|impossible|not possible|no good)\b|"
    r"\b(?P<late2>lates|late finishes|closes|closing shifts|evenings|evening (?:work|teaching|classes))\s+(?:are\s+|is\s+)?"
    r"(?:out|a no|impossible|not possible|no good)\b"
)
# Shift length: "no 12s", "8-hour shifts only", "can't do long days", "max 10 hour shifts".
_HOURS = r"(?P<{}>\d{{1,2}}(?:\.5)?)\s?(?:-\s?)?(?:h|hr|hrs|hour|hours)\b"
_SHIFT = r"(?:shifts?|days?)"
_LONG_REFUSED = re.compile(
    # ("no 10-hour days" refuses a ten-hour day too; "no 10s" is not said of shifts)
    rf"\b(?:{_NEG}|(?:would |'d )?hate)\s+(?:do\s+|doing\s+|more\s+|any\s+|work(?:ing)?\s+)*(?:(?:(?P<n1>1[0-4])(?:(?<!10)s\b|(?:\.5)?\s?(?:-\s?)?"
    rf"(?:h|hr|hrs|hour|hours)\b\s*{_SHIFT}?))|long (?:days|shifts)|(?:twelves|12-hour days))|"
    rf"\b(?:(?P<n2>1[1-4])s|long (?:days|shifts))\s+(?:are\s+)?(?:out|a no|impossible|not possible|too much|kill me)\b|"
    rf"\b{_HOURS.format('n')}\s*{_SHIFT}\s+(?:only|max|maximum|tops)\b|"
    rf"\b(?:max(?:imum)?|no more than|nothing (?:over|longer than|more than)|up to)\s+{_HOURS.format('n3')}"
    rf"\s*{_SHIFT}"
)
_LONG_WANTED = re.compile(
    rf"\b(?:prefers?|prefer(?:red)?|likes?|loves?|wants?|keen on|happy (?:to do|with)|would (?:like|love)|"
    rf"'d (?:like|love)|ideally|enjoys?|after)\s+(?:doing\s+|working\s+)?(?:(?:(?P<n>1[1-4])(?:s\b|(?:\.5)?\s?"
    rf"(?:-\s?)?(?:h|hr|hrs|hour|hours)\s*{_SHIFT}))|long (?:days|shifts)|compressed (?:days|shifts)|4 on 4 off)"
)
# A bound told of a job before: "at my last place I had to finish by 3", "used to work till 1am".
_PAST = re.compile(
    r"\b(?:used to|had to|previous(?:ly)?|old job|last job|last role|last place|former|at (?:my|his|her|their) "
    r"(?:last|old|previous|former)|was|were|worked|did)\b"
)
# A digit is looked for on its own: with "\d" among the words, every branch is tried at every
# position.
_DIGIT = re.compile(r"\d")
_GATE = re.compile(r"midnight|noon|midday|earl|late|clos|long|open|twelve|evening")


def _sentence(t: str, a: int) -> tuple[int, int]:
    start = max(t.rfind(x, 0, a) for x in ".!?;\n") + 1
    end = min((i for i in (t.find(x, a) for x in ".!?;\n") if i >= 0), default=len(t))
    return start, end


def find_hours(t: str) -> list[tuple[dict, str, int, int]]:
    """(value, polarity, start, end) of each bound on the working day or shift in lower-case
    ``t``."""
    if not (_DIGIT.search(t) or _GATE.search(t)):
        return []
    out: list[tuple[dict, str, int, int]] = []

    def past(a: int) -> bool:
        s, _ = _sentence(t, a)
        return bool(_PAST.search(t, s, a))

    for m in _FINISH.finditer(t):
        at = clock(_said(m), finish=True)
        if at is None or at < 11 * 60 or past(m.start()):
            continue
        hard = re.match(r"(?:must|has to|have to|need|got to|gotta|should)", m.group())
        value = {"kind": "late_finish", "time": hhmm(at)}
        out.append((value, "must" if hard else "avoid", m.start(), m.end()))
    for m in _DUTY_AT.finditer(t):
        at = clock(_said(m), finish=True)
        s0, s1 = _sentence(t, m.start())
        if at is None or not 12 * 60 <= at <= 20 * 60 or past(m.start()):
            continue
        if re.search(r"\bflex", t[s0:s1]):
            continue  # "I need flexible hours because I do the pick-up at 4": flexibility asked
        if _OTHERS_DUTY.search(t, s0, m.start()) or any(
            v["kind"] == "late_finish" for v, *_ in out
        ):
            continue  # "partner does the 5.30 pick-up": not theirs; a finish said already stands
        out.append(({"kind": "late_finish", "time": hhmm(at)}, "must", m.start(), m.end()))
    for m in _START.finditer(t):
        at = clock(_said(m), finish=False)
        if at is None or not 4 * 60 <= at <= 11 * 60 or past(m.start()):
            continue
        out.append(({"kind": "early_start", "time": hhmm(at)}, "avoid", m.start(), m.end()))
    for m in _AT_REFUSED.finditer(t):
        at = clock(_said(m), finish=False)
        if at is None or not 4 * 60 <= at <= 11 * 60 or past(m.start()):
            continue
        out.append(({"kind": "early_start", "time": hhmm(at + 30)}, "avoid", m.start(), m.end()))
    for m in _NO_TIME.finditer(t):
        if past(m.start()):
            continue
        kind = "early_start" if (m["early"] or m["early2"]) else "late_finish"
        if any(v["kind"] == kind for v, *_ in out):
            continue  # "evenings till 10 but not closes": the time said is the bound
        out.append(({"kind": kind}, "avoid", m.start(), m.end()))
    for m in _LONG_REFUSED.finditer(t):
        if past(m.start()):
            continue
        capped = m["n"] or m["n3"]
        n = m["n1"] or m["n2"]
        value = {"kind": "long_shifts"}
        if capped:
            if float(capped) < 4:
                continue  # "max 1hr" is no shift
            value["hours"] = float(capped)  # "8-hour shifts only": the longest they take
            if value["hours"] >= 12:
                continue  # "12-hour shifts only" asks for long ones: not a cap
        elif n:
            value["hours"] = float(n) - 1  # "no 12s": anything shorter will do
        out.append((value, "avoid", m.start(), m.end()))
    for m in _LONG_WANTED.finditer(t):
        if past(m.start()) or re.search(
            rf"\b{_NEG}\W+(?:\w+\W+)?$", t[max(0, m.start() - 20) : m.start()]
        ):
            continue
        out.append(({"kind": "long_shifts"}, "wish", m.start(), m.end()))
    return out


# --- a role's hours ------------------------------------------------------------------------------

_RANGE = re.compile(
    r"\b(?P<a>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm)?)\s?(?:-|–|—|to|till|until)\s?"
    r"(?P<b>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm)?|midnight)\b"
)
_ENDS = re.compile(
    rf"\b(?:till|until|til|to|close[sd]?|closing|closes at|finish(?:es|ing)?|ends?|last orders)\s+(?:at\s+|around\s+|about\s+)?"
    rf"{_TIME}|\b(?:late|evening) (?:finishes|shifts|service)\s+(?:till|until|to)\s+{_TIME}"
)
_STARTS = re.compile(
    rf"\b{_TIME}\s+(?:starts?|{_SIGN_ON})\b|\b(?:start(?:s|ing)?|{_SIGN_ON})\s+(?:at|from)\s+{_TIME}|"
    r"\b(?:early|morning) starts?\s+"
    rf"(?:from|at)\s+{_TIME}|\bfrom\s+{_TIME}(?=\s*(?:start|shift|onwards))"
)
# A call at a clock time with another office, as the role's: "calls with the APAC team at 7am"
# starts the day early, "standups with San Francisco at 6pm" finishes it late (a time with am or
# pm, or a 24-hour one: "at 7" may be anything).
_CALL_AT = re.compile(
    r"\b(?:calls?|meetings?|syncs?|stand-?ups?|check-?ins?|handovers?)\b[^.;\n]{0,50}?\bat\s+"
    r"((?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]\d|2[0-3]):[0-5]\d)\b"
)
# The call's hour said before it: "twice-weekly 8:00pm ET calls with the offshore team", "a 6am
# IST stand-up" (not "no 9pm calls": hours kept free).
_TIME_CALLS = re.compile(
    r"(?<!no )(?<!never )\b((?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]\d|2[0-3]):[0-5]\d)"
    r"(?:\s+(?:et|ct|mt|pt|est|edt|cst|cdt|mst|pst|pdt|ist|gmt|bst|cet|cest|uk|us|sgt|aest|jst))?"
    # what the call is for may come between: "a weekly 6am pipeline call with HQ"
    r"\s+(?:(?!and\b|or\b|to\b|until\b|till\b)[a-z-]+\s+)?(?:calls?|meetings?|syncs?|stand-?ups?|check-?ins?|"
    r"handovers?)\b"
)
_SHIFT_HOURS = re.compile(
    r"\(?\b(?P<n>\d{1,2}(?:\.5)?)\s?(?:-\s?)?(?:h|hr|hrs|hour|hours)\)?\s*(?:long\s+)?(?:shifts?|days?)\b|"
    r"\b(?:shifts?|days?)\s+(?:of|are|lasting)\s+(?P<m>\d{1,2}(?:\.5)?)\s?(?:h|hrs?|hours)\b|"
    r"\(\s?(?P<p>\d{1,2}(?:\.5)?)\s?h(?:rs?|ours)?\s?\)"
)
_LONG_DAYS = re.compile(r"\b(?:long days|long shifts|4 on,? 4 off|four on,? four off|12s)\b")
_HOURS_GATE = re.compile(r"midnight|long|four on")


def role_hours(text: str) -> tuple[int | None, int | None, float | None]:
    """(earliest start, latest finish, longest shift in hours) of a role's lower-case text;
    a finish after midnight counts past 24:00."""
    if not (_DIGIT.search(text) or _HOURS_GATE.search(text)):
        return None, None, None
    starts: list[int] = []
    ends: list[int] = []
    lengths: list[float] = []
    for m in _RANGE.finditer(text):
        a_said, b_said = m["a"], m["b"]
        clocked = any(x in (a_said + b_said) for x in ("am", "pm", ":", "midnight")) or re.search(
            r"\b(?:shifts?|hours|rota|service|open|mon|tue|wed|thu|fri|sat|sun)",
            text[max(0, m.start() - 30) : m.start()],
        )
        if not clocked or re.search(r"\d\s*$", text[max(0, m.start() - 2) : m.start()]):
            continue
        a = clock(a_said, finish=False)
        b = clock(b_said, finish=True)
        if a is None or b is None:
            continue
        if not re.search(r"am|pm|:", a_said) and a < 5 * 60:
            a += 12 * 60  # "2-10" in a shift line: the afternoon
        elif "pm" in b_said and not re.search(r"am|pm", a_said) and a < 12 * 60 and a + 12 * 60 < b:
            a += 12 * 60  # "5.30-9pm": the evening, the pm said once for both ("9-5pm" stays 9am)
        if b <= a:
            b += 24 * 60  # "10pm-6am": through the night
        if b - a > 16 * 60 or b - a < 2 * 60:
            continue  # no working day: a range of something else
        starts.append(a)
        ends.append(b)
        lengths.append((b - a) / 60)
    for m in _ENDS.finditer(text):
        at = clock(_said(m), finish=True)
        if at is not None and at >= 17 * 60:
            ends.append(at)
    for m in _STARTS.finditer(text):
        at = clock(_said(m), finish=False)
        if at is not None and 3 * 60 <= at <= 11 * 60:
            starts.append(at)
    for m in (*_CALL_AT.finditer(text), *_TIME_CALLS.finditer(text)):
        at = clock(m[1], finish=False)
        if at is not None and 4 * 60 <= at <= 8 * 60 + 30:
            starts.append(at)
        elif at is not None and at >= 18 * 60:
            ends.append(at)
    for m in _SHIFT_HOURS.finditer(text):
        n = float(m["n"] or m["m"] or m["p"])
        if 4 <= n <= 14:
            lengths.append(n)
    if not lengths and _LONG_DAYS.search(text):
        lengths.append(12.0)
    return (
        min(starts) if starts else None,
        max(ends) if ends else None,
        max(lengths) if lengths else None,
    )
