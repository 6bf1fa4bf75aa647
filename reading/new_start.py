"""A job just started, or a placement just made: a hold-back read as a wait.

"PLACED - started Monday at the client", "we placed her a month ago", "accepted the offer,
started on the 3rd", "has just started a new role", "seven weeks into the new job": whoever
has just begun a job is not pitched another one for the first months of it. The note names no
date to wait for, so the wait runs ``SETTLE_MONTHS`` from the start (counted back from the day
said when the note says "five weeks ago" or "two months into").

Left alone (the twins): a start that has already ended ("our placement ended, looking now",
"the booking we placed him on has wrapped"), one long enough ago that the months have run out
("placed three years ago"), a start that is not a job ("started looking", "started a course",
"a new VP just started"), and a new start said with an open door ("but if something better
comes along I'm listening"). A note that names its own wait ("give me a year") keeps it:
``reading.reader`` reads this only where ``reading.waits`` found none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reading.calendar import add_months
from reading.gates import gated

SETTLE_MONTHS = 6  # the first months of a new job: about a probation or a rebate period

_NUM = (
    r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a few|a couple of|couple of|few)"
)
_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a few": 3, "few": 3, "a couple of": 2, "couple of": 2,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_JOB = (
    r"(?:(?:a|an|the|his|her|their|my|our|a new|the new|his new|her new|their new|my new)\s+)?"
    r"(?:[\w/&-]+\s+){0,2}?(?:role|job|position|post|contract|placement|assignment|perm|gig|"
    r"posting|secondment|locum|booking)\b"
)
_WHEN = (
    r"(?:today|yesterday|this (?:morning|week)|last (?:week|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)|"
    r"(?:on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|on (?:the )?\d{1,2}(?:st|nd|rd|th)?\b|"
    + _NUM
    + r"\s+(?:days?|weeks?|wks?|months?)\s+ago)"
)
# Who started: the candidate (a sentence's opening, a dash or comma after "placed" or "accepted
# X", a pronoun, a name), never a third party ("a new VP just started", "CEO has just started",
# "her partner starts a new job in January").
_WHO = (
    r"(?:^|[.!?;:,(\n]\s*|\s[-–—]+\s*|\b(?:cand|candidate|he|she|they|i|who|we)(?:'s|'ve| has| have|"
    r" had)?\s+|\b(?!(?:ceo|cto|cfo|coo|vp|boss|manager|director|md|head|lead|team|baby|term|"
    r"project|season|leave|notice|school|course|new|a|the|partner|husband|wife|son|daughter|"
    r"brother|sister|friend|colleague|mum|dad|mother|father|boyfriend|girlfriend|spouse|kid|child|"
    r"someone|somebody|replacement|successor|cover)\b)[a-z]+\s+)"
)
_STARTED = gated(
    re.compile(
        _WHO + r"(?:(?:just|recently|only|finally|now|has|have|'s)\s+){0,2}"
        r"(?:started|began|begun|commenced|joined)\b"
        r"(?!\s+(?:to|looking|applying|interviewing|thinking|talking|a course|an? (?:course|degree|"
        r"mba|masters|apprenticeship|family|business)|(?:his|her|their|my) own|(?:mat|maternity|"
        r"paternity|garden|parental) leave|(?:his|her|their|my) notice|the process|(?:our |the |a |an )?"
        r"(?:talent )?(?:pool|community|network|newsletter|mailing list|list|call|meeting|zoom|"
        r"webinar|event|gym|union|club)\b))"
        r"\s+(?:(?:perm|permanently|full[- ]time|as an? [\w&/ -]{2,40}?|there)\s+)?"
        r"(?:" + _JOB + r"|(?:with|at|on|for)\s+\w|(?:[\w&'.-]+\s+){0,4}?" + _WHEN + r")"
    )
)
# "PLACED - ...", "we placed her", "placed by us": the candidate placed, never "the client
# placed someone else" nor a CV "placed on hold".
_PLACED = gated(
    re.compile(
        r"(?:^|[^\w\s]\s*|\b(?:we|we've|we have|i|i've|cand|candidate|was|were|been|got|just|"
        r"recently|successfully|he|she|they)\s+)placed\b(?!\s+(?:another|someone|somebody|"
        r"other|a different|the other|an?other|on|in|into)\b)"
    )
)
# A start said as fresh: "just", "new", a day or a few weeks ago, a placement or an offer taken.
# Without one, "started on 28k at the depot" or "joined the firm as a graduate" is background.
_FRESH = re.compile(r"\b(?:just|recently|new|placed|placement|accepted|hired|rebate)\b|\b" + _WHEN)
# How far into the job they are: "six weeks into the new role", "started eight weeks ago".
_INTO = gated(
    re.compile(r"\b(" + _NUM + r")\s+(day|week|wk|month)s?\s+(?:in(?:to)?\s+" + _JOB + r"|ago)")
)
_AGO_YEARS = re.compile(
    r"\b" + _NUM + r"\s+(?:years?|yrs?)\s+ago\b|\bin (?:19|20)\d\d\b|\blast year\b|\byears ago\b"
)
# Over already, or said with an open door: no hold-back.
_ENDED = re.compile(
    r"\b(?:ended|ends|has ended|finished|wrapped|came to an end|terminated|let go|laid off|"
    r"redundan\w*|didn't work out|did not work out|not working out|fell through|fell over|"
    r"back on the market|looking (?:again|now)|available (?:now|again)|free now|on the bench|"
    r"pulled out|walked out|quit|resigned|failed (?:her |his |their )?probation|left (?:us|them|"
    r"the|after|in|last)|it's over|is over|was over)\b"
)
_OPEN = re.compile(
    r"\b(?:listening|open to|if (?:something|anything|the right)|still (?:keen|interested|open|"
    r"looking)|keen to (?:hear|move|talk|look)|wants? out|hates? it|not happy|unhappy|regrets?|"
    r"would (?:still )?(?:consider|hear|listen|look|talk|move)|happy to (?:hear|chat|talk)|interviewing|"
    # a day free to talk: "free Tuesdays", "free on Thursday afternoons", "free for a coffee"
    r"free (?:on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|"
    r"free for an? (?:chat|coffee|call|catch[- ]?up|quick word|natter|brew))\b"
)
_JUST = re.compile(r"\b(?:just|only just|recently)\b")
# A start dated by its month or day ("started in September", "new job since March", "started at
# the depot 01/09"): months in, said as background; only a start said as days or weeks old, as just
# made ("just started there on 2 Nov"), or a placement, holds them back.
_MONTH_DATED = re.compile(
    r"\b(?:started|began|begun|commenced|joined|since)\b[^.;!?]{0,40}?\b(?:in |since |from |on )?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b|\d{1,2}/\d{1,2}\b)"
)


def _days(num: str, unit: str) -> int:
    n = int(num) if num.isdigit() else _WORDS.get(num, 1)
    return n * _UNIT_DAYS["week" if unit == "wk" else unit]


def new_start_waits(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """(first day open again, start, end) for a job just begun in lower-case ``text``."""
    found = _STARTED.search(text) or _PLACED.search(text)
    into = _INTO.search(text)
    if into and not found and not re.search(r"\bnew\b", into.group()):
        return []  # "three weeks into the contract": only a new one says they have just begun
    hit = found or into
    if found and not into and not _FRESH.search(text):
        return []
    if not hit or _ENDED.search(text) or _OPEN.search(text) or _AGO_YEARS.search(text):
        return []
    if (
        not into
        and not _PLACED.search(text)
        and not _JUST.search(text)
        and _MONTH_DATED.search(text)
    ):
        return []
    began = said_at
    if into:
        began = said_at - timedelta(days=_days(into[1], into[2]))
    free = add_months(began, SETTLE_MONTHS)
    if free <= said_at:
        return []
    return [(free, hit.start(), hit.end())]
