"""Waits tied to an event that names no month: a bonus, a parental leave, a pending renewal.

"Talk post-bonus", "no moves until post-bonus": bonuses land in the first months of the year,
so with no month named the person is free from the April after (the reading conventions,
labelling decision 19). "Will look after parental leave, not during": the leave's length when
the note gives it ("taking the full year", "for nine months"), counted from when it started
("started last month"), else six months from the day it was said. A leave someone is on now
with its start said ("on maternity leave, started 6 weeks ago") ends the same length after it. "Sit tight till my visa's
renewed", "once the house move completes", "after our go-live": the length said in the note
("the lawyer reckons three or four months"), else three months from the day said; an event
reported done ("renewal came through last week") is no wait.
"""

from __future__ import annotations

import re
from datetime import date

from reading.calendar import MONTHS, add_months, next_month_named
from reading.payout_waits import payout_waits
from reading.period_waits import started
from reading.resolve import add, count

BONUS_MONTH = 4  # the April after the bonus season (January to March)

_BONUS = re.compile(
    r"\b(?:post[- ]?bonus|(?:after|once|when|until|till|til)\s+(?:(?:my|his|her|their|the|this "
    r"year's|annual|year[- ]end)\s+)*bonus(?:es)?\b(?!\s+(?:of|was)\b)|"
    r"(?:won't|will not|not|no|nothing|can't|cannot)\b[^.;!?]{0,30}?\bpre[- ]?bonus)"
)
_LEAVE = r"(?:parental|maternity|paternity|mat|pat|shared parental|adoption) leave"
_AFTER_LEAVE = re.compile(
    rf"\b(?:after|once|when|post|until|till|not (?:during|while on)|(?:back|return\w*) from)"
    rf"\s+(?:(?:my|her|his|their|the)\s+)?{_LEAVE}"
)
# On a leave now, with its start said: "on maternity leave, started 6 weeks ago", "went on
# parental leave two months ago", "mat leave since August": it ends its length after the start.
_ON_LEAVE = re.compile(
    rf"\b(?:on|went on|gone on|been on|started|starting|began|begun)\s+(?:(?:my|her|his|their|the)\s+)?"
    rf"{_LEAVE}|{_LEAVE}\W+(?:started|began|begun|since)\b"
)
_WAS_BACK = re.compile(
    r"\b(?:back|returned|came back)\s+from\s+(?:(?:my|her|his|their)\s+)?\S+ leave"
)
_LENGTH = re.compile(
    r"\b(?:taking|for|of|on|it's|it is|is|lasts?|runs?)\s+(?:the|a)?\s*(?:full|whole)?\s*(?:(?P<year>year)|(?P<n>\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months?)\b"
)
# The event dated in the same sentence ("ends in January 2025"): its date decides, not a default.
_DATED = re.compile(
    r"[^.;!?]*?\b(?:\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|spring|summer|autumn|winter|q[1-4])"
)
_STARTED = re.compile(r"\bstarted\s+(?:(?P<last>last month)|(?:in\s+)?(?P<month>\w+))")


# A licence or registration to practise, by the state or board that grants it ("Oregon license
# by endorsement", "my compact license", "the NMC registration", "AHPRA registration").
_LICENSE = (
    r"(?:(?:[a-z]+ )?(?:state |nursing |rn |lpn |lvn |compact |multistate |teaching |cdl |new )?"
    r"(?:license|licence|licensure)(?: by endorsement| transfer| application)?|(?:nmc |ahpra |nursing |"
    r"professional )?registration|credentialing|credentials)"
)
# A pending event they wait on: a visa renewal, a house move completing, a project's go-live.
# One already done ("renewal came through last week", "went live") has no waiting cue before it.
_PENDING = re.compile(
    r"\b(?:until|till|til|untill|once|after|when|post|waiting (?:on|for)|pending)\s+"
    r"(?:(?:my|his|her|their|the|our|this|that)\s+)?(?:"
    r"visa(?:'s| is| has| gets| has been)?\s+(?:been\s+)?(?:renewed|extended|approved|sorted|through)|"
    r"visa (?:renewal|extension)|work permit (?:renewal|extension)|(?:house|home|flat) (?:move|sale|"
    r"purchase)|(?:project )?go[- ]?live|(?:project|system|platform) (?:goes|is) live|"
    # a licence to practise in a new state: "till my Oregon license is issued", "pending my RN
    # licence by endorsement", "once the registration comes through"
    rf"{_LICENSE}(?:'s| is| has| gets| has been| comes| come)?\s+(?:been\s+)?(?:issued|approved|granted|"
    r"through|transferred|sorted|done|in)\b)|"
    rf"\b(?:pending|waiting (?:on|for))\s+(?:(?:my|his|her|their|the)\s+)?{_LICENSE}\b"
)
_EVENT_LENGTH = re.compile(
    r"\b(?P<n>\d+|a couple of|a few|one or two|two or three|three or four|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twelve)[ -](?P<u>weeks?|wks?|months?|mos?)\b(?! ago| back)"
)
# A permit's renewal under way, said with something that holds them till it is through:
# "visa renewal in progress, 3-4 months - can't change employer till it's through".
_PENDING_NOW = re.compile(
    r"\b(?:visa|work permit|permit|h-?1b|green card|residence permit|residency) (?:renewal|extension|"
    r"transfer|application)s?\b[^.;!?]{0,20}?\b(?:in progress|underway|under way|pending|ongoing|"
    r"being processed|in the works|submitted|lodged)\b|"
    # "Oregon license by endorsement pending, board says 10-12 wks - can't start till it's issued"
    r"\b(?:license|licence|licensure)(?: by endorsement| transfer| application)?\b[^.;!?]{0,12}?\b(?:in progress|"
    r"underway|under way|pending|being processed|in the works|submitted|lodged)\b"
)
_HOLDS = re.compile(
    r"\b(?:till|until|once|after|can't|cannot|can not|not before|before|then|wait)\b"
)
PENDING_MONTHS = 3  # a pending event with no length said: as a notice with none

# Settling into a job they start on a month said: "I start in January - let me settle in for
# six months", "she starts at Canva in February and wants to settle in first". Counted from
# the start; three months when no length is said. Someone else's start ("her partner starts
# in January") has no settling of theirs in the note.
_SETTLE = re.compile(
    r"\b(?:settle (?:in|down)|get settled|bed (?:in|down)|find (?:my|her|his|their) feet)\b"
)
_STARTS_IN = re.compile(
    r"\b(?:(?:i|she|he|they|we)(?:'ll| will)? (?:start|starts|begin|begins|join|joins)|starting|"
    r"joining|beginning)\b[^.;!?]{0,40}?\b(?:in|on|from) (?:early |mid |late |mid-)?"
    rf"(?P<month>{'|'.join(MONTHS)})\b"
)
SETTLE_MONTHS = 3


def event_waits(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """(first day open again, start, end) for each month-less event wait in lower-case ``text``."""
    found = []
    if "bonus" in text and (m := _BONUS.search(text)) and not _DATED.match(text, m.end()):
        found.append((next_month_named(BONUS_MONTH, said_at), m.start(), m.end()))
    if (
        "13" in text
        or "thirteenth" in text
        or "aguinaldo" in text
        or "geld" in text
        or "cimo" in text
        or "christmas money" in text
    ):
        found.extend(payout_waits(text, said_at))  # "once the 13th month is paid"
    if "leave" in text and (m := _AFTER_LEAVE.search(text)):
        if not _WAS_BACK.search(text) and not _DATED.match(text, m.end()):
            found.append((_leave_ends(text, said_at), m.start(), m.end()))
    elif "leave" in text and (m := _ON_LEAVE.search(text)) and not _WAS_BACK.search(text):
        begun = started(text, "parental", said_at)
        if begun is not None:  # with no start said, when it ends is anyone's guess
            end = _leave_ends(text, said_at, begun)
            if end > said_at:
                found.append((end, m.start(), m.end()))
    if "settle" in text or "feet" in text or "bed " in text:
        found.extend(_settling(text, said_at))
    m = _PENDING.search(text)
    if m is None and (
        "progress" in text or "under" in text or "pending" in text or "process" in text
    ):
        m = _PENDING_NOW.search(text)
        m = m if m and _HOLDS.search(text) else None
    if m:  # a month said with it is read as a month (``find_waits``)
        length = _EVENT_LENGTH.search(text, m.start())
        day = (
            add(said_at, count(length["n"]), length["u"].replace("wk", "week"))
            if length
            else add_months(said_at, PENDING_MONTHS)
        )
        found.append((day, m.start(), m.end()))
    return found


def _settling(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """Time to settle into a job starting on a month said (or started lately)."""
    settle = _SETTLE.search(text)
    if not settle:
        return []
    start = _STARTS_IN.search(text, 0, settle.start())
    if start:
        begun = next_month_named(MONTHS[start["month"]], said_at)
    else:
        begun = started(text, "probation", said_at)  # "started last week, let me settle in"
        if begun is None:
            return []
    end = re.search(r"[.;!?]", text[settle.end() :])
    length = _EVENT_LENGTH.search(text, settle.end(), settle.end() + (end.start() if end else 60))
    day = (
        add(begun, count(length["n"]), length["u"]) if length else add_months(begun, SETTLE_MONTHS)
    )
    return [(day, settle.start(), settle.end())] if day > said_at else []


def _leave_ends(text: str, said_at: date, begun: date | None = None) -> date:
    length = _LENGTH.search(text)
    months = 6
    if length:
        months = 12 if length["year"] else round(count(length["n"]))
    start = said_at
    if begun is not None:
        return add_months(begun, months)
    if started := _STARTED.search(text):
        if started["last"]:
            start = add_months(said_at, -1)
        elif (month := MONTHS.get(started["month"])) is not None:
            year = said_at.year if month <= said_at.month else said_at.year - 1
            start = date(year, month, 1)
    return max(add_months(start, months), add_months(said_at, 1))
