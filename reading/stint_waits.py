"""Waits for a stint of work under way whose length is said, with a call asked for when it ends.

Trades people go from one fixed-length job to the next: "just started the Scotford turnaround,
six weeks of 12s - call me after it wraps", "on a 6-week TA, ring when it's done", "three
months on the pipeline, get back to me once it's finished". The length counts from when the
stint started (if the note says, "started last week") else from the day said. Without the ask
to come back when it ends the length is only a fact about the job ("did a 6-week TA in the
spring"), so both must be there.
"""

from __future__ import annotations

import re
from datetime import date

from reading.period_waits import started
from reading.resolve import add, count
from reading.wait_times import COUNT

# The stint's length: "six weeks of 12s", "a 6-week TA", "3 months on the pipeline"; not a time
# gone by ("six weeks ago", "back") nor a rotation ("14 days in, 7 out" is a schedule).
_LENGTH = re.compile(
    rf"\b(?P<n>{COUNT})[ -](?P<u>weeks?|months?)\b(?:'s?|s')?"
    r"(?! (?:ago|back|in\b|on,|off|out|notice|np|left|since|later|earlier|before|from now)\b)"
)
# The ask to come back when it is over: "call me after it wraps", "ring when it's done", "hit me
# up once the TA's finished", "free after it wraps".
_WHEN_OVER = re.compile(
    r"\b(?:call|ring|text|phone|reach out|hit me up|get back to (?:me|him|her)|talk|try (?:me|him|her)|"
    r"free|available|back on the market|open)\b(?: (?:me|him|her|us|again))?(?: back)? "
    r"(?:after|when|once|soon as|as soon as) (?:it|that|this|the (?:ta|turnaround|shutdown|outage|job|"
    r"contract|project|stint|hitch|tour|rotation|shut))(?:'s| is| has)? "
    r"(?:wraps?(?: up)?|wrapped(?: up)?|ends|ended|done|over|finished|finishes|finish|complete|through)\b"
)


def stint_waits(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """(the first day free, start, end) for a stint of work under way, in lower-case ``text``: its
    length, said in the note beside a call asked for when it ends, from when it started."""
    if not (over := _WHEN_OVER.search(text)):
        return []
    # the length said nearest before the ask, in the note's last 160 characters before it
    lengths = [m for m in _LENGTH.finditer(text, max(0, over.start() - 160), over.start())]
    if not lengths:
        return []
    m = lengths[-1]
    day = add(started(text, "probation", said_at) or said_at, count(m["n"]), m["u"])
    if day < said_at.replace(day=1):
        return []
    return [(day, m.start(), over.end())]
