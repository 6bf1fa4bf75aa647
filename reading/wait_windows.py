"""A time to leave someone be, with time either side of it open: "no calls during Ramadan, any
other time is fine", "please no contact over Chinese New Year", "not in August - on leave".

A wait runs from the day said; a window runs only while its holiday or month lasts. Said before
it, the person may be contacted now and again after it; said during it, it is a wait to its end.
``reading.reader`` keeps the window's first day beside the wait (``from``), and the fit judges
the wait as running only from that day (``matching.judgements.wait_runs``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reading.calendar import add_months, holiday_periods
from reading.gates import gated
from reading.resolve import holiday_name
from reading.wait_times import MONTHS, TIME

# Leave them be during it: "no calls during", "please don't contact her over", "not in", "avoid".
_BLOCKED_BEFORE = re.compile(
    r"\b(?:no|not|don'?t|do not|never|avoid|nothing)\b(?:\W+(?:calls?|contact(?:ing)?|outreach|"
    r"messages?|messaging|emails?|texts?|whatsapps?|approaches|pitches|interviews?|reaching out|"
    r"ring(?:ing)?|call(?:ing)?|please|pls|me|her|him|them|us|to|be|contacted|called|bothered|"
    r"anything|at all)){0,4}\W+(?:during|over|in|around|throughout|through|thru)\W+"
    r"(?:the\W+)?(?:(?:holy )?month of\W+|week of\W+)?$"
)
# The rest of the time open, said after it: "any other time is fine", "otherwise happy to talk".
_OPEN_OTHERWISE = gated(
    re.compile(
        r"\b(?:any ?(?:other )?time (?:else )?(?:is )?(?:fine|ok|okay|good|works)|otherwise|other than "
        r"that|apart from that|the rest of the (?:year|time)|any other (?:month|time)|before or after|"
        r"either side)\b"
    )
)

# A refusal word with "during", "over", "in" or the like after it in the same sentence: the
# least a window needs, looked for once before the time expressions are.
_ANY_BLOCK = re.compile(
    r"\b(?:no|not|don'?t|never|avoid|nothing)\b[^.;!?\n]{0,60}?\b(?:during|over|in|around|throughout|"
    r"through|thru)\b"
)
_HOURS_AFTER = re.compile(
    r"\W*(?:office |working |work |business |fasting )?(?:hours|mornings?|afternoons?|days|daytime)\b"
)


def blocked_windows(text: str, said_at: date) -> list[tuple[date, date, int, int]]:
    """(first day, first day open again, start, end) for each holiday or month that lower-case
    ``text`` asks us to leave them be in, while the rest of the time stays open."""
    out: list[tuple[date, date, int, int]] = []
    if not _ANY_BLOCK.search(text):
        return out  # most notes: no refusal before a "during", "over" or "in" at all
    for m in TIME.finditer(text):
        if not (m["holiday"] or m["month"]) or m["year1"] or m["mod1"]:
            continue  # "in early March", "in March 2027": a day to wait for, not a window
        before = text[max(0, m.start() - 60) : m.start()]
        if not _BLOCKED_BEFORE.search(before) or _HOURS_AFTER.match(text, m.end()):
            continue  # "not during Ramadan office hours, after iftar is fine": a time of day
        if m["month"] and not _OPEN_OTHERWISE.search(text):
            continue  # "not in March" alone may be a wait till then: left to ``reading.waits``
        if m["holiday"]:
            name = holiday_name(m["holiday"])
            periods = holiday_periods(name, said_at.year)
        else:
            month = MONTHS[m["month"]]
            years = (said_at.year, said_at.year + 1)
            periods = [
                (date(y, month, 1), add_months(date(y, month, 1), 1) - timedelta(days=1))
                for y in years
            ]
        start, end = next(((s, e) for s, e in periods if e >= said_at), (None, None))
        if start is None:
            continue
        out.append((start, end + timedelta(days=1), m.start(), m.end()))
    return out
