"""The reader: free text about a person -> conditions (see ``reading.conditions``).

Steps: normalise (lower case, shorthand expanded, typos corrected, offsets kept); read the
whole-text facets that do not depend on one clause (opt-outs, waits); then cut the text into
clauses and segments and read every other facet in each, giving each mention the direction of
the cue words of its segment. Everything is rules and word lists: no model, no network.

This module is the entry, ``read``; one clause is read in ``reader_clause``, the conditions found
are gathered in ``reader_collector``, and a stance given up for another ("used to insist on
remote, now fine with 2 days in") is settled in ``reader_stance``.
"""

from __future__ import annotations

import re
from datetime import date

from reading import clearance, driving, role_terms, topics
from reading.clauses import Clause, clauses, sentences
from reading.conditions import Condition
from reading.contact import opt_ins, opt_outs
from reading.day_shifts import find_day_shifts
from reading.direction import overlaps
from reading.every_channel import every_channel_refused
from reading.hours import find_hours
from reading.later_shifts import find_later_shifts
from reading.negation import carried
from reading.new_start import new_start_waits
from reading.normalise import normalise
from reading.reader_clause import read_clause
from reading.reader_collector import Collector
from reading.reader_stance import NOW, current_stance
from reading.reluctant import reluctant
from reading.shift_bands import find_shift_bands
from reading.sign_off import unsigned
from reading.stay_on_it import stayed_on
from reading.their_move import drop_their_moves
from reading.threads import own_words
from reading.wait_windows import blocked_windows
from reading.waits import find_waits

# A question about the role's terms: "Is it remote?", "Does the role need travel?".
_ASKS_ABOUT_THE_ROLE = re.compile(
    r"\W*(?:is|are|does|do|will|would|can|could)\s+(?:it|this|that|the (?:role|job|position|team|"
    r"company|client|office|salary|pay|base))\b[^?.!]*\?"
)


# A client's brief, a job spec or an advert quoted into the person's note ("JD pasted from
# client: 'must work nights; applicants unable to do nights will not be considered'"): the
# quoted words are the role's terms; what the person said of them comes after.
_PASTED_BRIEF = re.compile(
    r"\b(?:jd|job spec|spec|brief|advert|ad|job ad|job description|client|hiring manager|hm|"
    r"the role|role profile|requirements?)\b[^'\"‘“\n.]{0,60}?"
    r"(?:pasted|copied|quoted|says?|said|reads?|states?|wording|:)[^'\"‘“\n.]{0,40}?\W?"
    r"['\"‘“](?P<quote>[^'\"’”\n]{12,600})['\"’”]"
)


_DRIVING_THERE = re.compile(
    r"\bdriv(?:e|es|ing)\s+(?:in|into|through|around|across)\s+(?:central\s+)?$"
)


def read(text: str, *, said_at: date | None = None) -> list[Condition]:
    """Every condition in ``text``; spans index ``text``; waits resolve relative to ``said_at``."""
    if not text or not text.strip():
        return []
    said_at = said_at or date.today()
    # A pasted email: only what the person typed above the quote (same length, so spans hold)
    text = own_words(text)
    if not text.strip():
        return []
    norm = normalise(text)
    t = norm.text
    out = Collector(norm, said_at)
    blocked: list[tuple[int, int]] = []
    opted = opt_outs(unsigned(norm))
    for a, b in opted:
        out.add(
            "contact", "avoid", {"kind": "opt_out", "channel": None}, a, b, 0.95, "rule:opt_out"
        )
        blocked.append((a, b))
    if not opted:
        # "changed my mind, happy to hear about roles again": lifts an earlier stop (data.conditions)
        for a, b in opt_ins(t, opted_out=False)[:1]:
            out.add(
                "contact", "wish", {"kind": "opt_in", "channel": None}, a, b, 0.9, "rule:opt_in"
            )
            blocked.append((a, b))
    # a job just begun holds them back only where the note names no wait of its own
    waits = find_waits(t, said_at, text) or new_start_waits(t, said_at)
    drives = driving.mentions(t)
    if drives and waits:
        # "banned until March": when the ban ends, not when they are open to hear from us
        waits = [w for w in waits if not any(a <= w[1] <= b + 40 for *_, a, b in drives)]
    for kind, pol, a, b in drives:
        if overlaps(a, b, blocked):
            continue
        value = {"kind": kind}
        if pol == "avoid" and kind == "licence" and "ban" in t[a:b]:
            if until := driving.ban_until(t, a, b, said_at.year, said_at.month):
                value["until"] = until
        out.add("driving", pol, value, a, b, 0.8, "rule:driving")
    if waits and (held_till := clearance.held_till_spans(t)):
        # "SC held at MOJ till 2029": when the clearance lapses, not when they are free to talk
        waits = [w for w in waits if not any(a <= w[1] < b for a, b in held_till)]
    for level, pol, a, b in clearance.mentions(t, said_at.year):
        if not overlaps(a, b, blocked):
            out.add("clearance", pol, {"level": level}, a, b, 0.8, "rule:clearance")
            blocked.append((a, b))  # "TS/SCI cleared" is no TypeScript
    windows = blocked_windows(t, said_at)
    if windows:
        # "no calls during Ramadan, any other time is fine": a window, not a wait from today
        waits = [w for w in waits if not any(a <= w[1] < b for *_, a, b in windows)]
    if waits:
        # One wait per note: where several dates are named, the last one is when they are free.
        day, a, b = max(waits)
        out.add("wait", "must", _wait_value(day), a, b, 0.9, "rule:wait")
        blocked.extend((a, b) for _, a, b in waits)
    elif windows:
        first, day, a, b = windows[0]
        value = _wait_value(day)
        if first > said_at:  # said before it: open now, and again once it is over
            value["from"] = first.isoformat()
        out.add("wait", "must", value, a, b, 0.85, "rule:wait_window")
        blocked.append((a, b))
    for value, pol, a, b in find_hours(t):
        # "won't work past 11pm", "no 12s": a bound on the day or the shift, not shift work refused
        if not overlaps(a, b, blocked):
            out.add("schedule", pol, value, a, b, 0.75, "rule:hours")
            blocked.append((a, b))
    days = [
        (value, pol, a, b) for value, pol, a, b in find_day_shifts(t) if not overlaps(a, b, blocked)
    ]
    for value, pol, a, b in days:
        # "wants days", "cand only works 1st": the night (or the evening) shift refused
        out.add("schedule", pol, value, a, b, 0.75, "rule:day_shift")
    blocked.extend((a, b) for *_, a, b in days)
    for value, pol, a, b in find_later_shifts(t):
        if not overlaps(a, b, blocked):
            # "only afternoons or evenings", "can't do mornings": no start before noon
            out.add("schedule", pol, value, a, b, 0.75, "rule:later_shift")
    bands, named = find_shift_bands(t)
    for value, pol, a, b in bands:
        if not overlaps(a, b, blocked):
            # "US shift only", "only general shift": the hours the band keeps
            out.add("schedule", pol, value, a, b, 0.75, "rule:shift_band")
    blocked.extend(named)
    previous = None
    asked = [(a, b) for a, b in sentences(t) if _ASKS_ABOUT_THE_ROLE.match(t[a : b + 1])]
    pasted = [m.span("quote") for m in _PASTED_BRIEF.finditer(t)]
    for clause in clauses(t):
        if overlaps(clause.start, clause.end, asked):
            continue  # "Is the role remote?": a question about the role states nothing of theirs
        lead = _lead(t, previous, clause)
        read_clause(t, clause, out, blocked, opted, norm, lead)
        previous = clause
    # What no facet read: a refusal or a wish of something the role's own text may name
    covered = [*out.at.values(), *blocked, *asked]
    for value, a, b in stayed_on(t, covered):
        # "trained on Azure in the RAF, want to stay on it": the tool the pronoun stands for
        out.add("technology", "wish", value, a, b, 0.7, "rule:lexicon")
        covered.append((a, b))
    for pol, value, a, b in topics.topics(t, covered):
        out.add("topic", pol, value, a, b, 0.6, "rule:topic")
    if pasted:
        # a client's brief quoted in the note: the client's terms, not the person's
        out.items = [
            c
            for c in out.items
            if not any(a <= out.at[id(c)][0] and out.at[id(c)][1] <= b for a, b in pasted)
        ]
    if "driv" in t:
        # "doesn't like driving in London": the drive there, not work there, is disliked
        out.items = [
            c
            for c in out.items
            if not (
                c.facet == "location"
                and c.polarity == "avoid"
                and _DRIVING_THERE.search(t, max(0, out.at[id(c)][0] - 30), out.at[id(c)][0])
            )
        ]
    if not opted and (every := every_channel_refused(t, out.items, out.at)):
        # "do not call, do not email, do not text": no way left to write
        out.add(
            "contact", "avoid", {"kind": "opt_out", "channel": None}, *every, 0.9, "rule:opt_out"
        )
    # "her boyfriend is moving to Madrid; she's staying": his move, no wish of hers
    out.items = drop_their_moves(t, out.items, out.at)
    out.items = reluctant(t, out.items, out.at)  # "nights at a push": put up with, not wished
    if NOW.search(t):
        out.items = current_stance(t, out)
    # "The role is 4 days a week in Leeds": the role's terms, the person's only if they take a side
    out.items = role_terms.retake(out.items, t, norm, lambda x: read(x, said_at=said_at))
    return out.conditions()


def _wait_value(day: date) -> dict:
    """A wait's value: the month it ends, and its own day when that is not the 1st (a holiday's or
    a named day: the wait holds to it, not to the 1st of its month)."""
    value = {"until": day.replace(day=1).isoformat()}
    if day.day > 1:
        value["day"] = day.isoformat()
    return value


# A bare list after a refusal and a dash that ends on "now" or "instead" names what they want in
# its place ("done with the bench - ops and management now", "no nights - days instead").
_TURNED_TO = re.compile(
    r"\W*(?:[\w'-]+ ){0,5}?[\w'-]+ (?:now|instead|from now on|going forward|these days)\b(?!\W*(?:either|too)\b)"
)


# A clause after the dash that reports what they have been doing: no bare list.
_OWN_REPORT = re.compile(
    r"\W*(?:(?:i|i've|i'm|he|she|he's|she's|they|they've|has|have|had) )?(?:been|was|were|spent|started)\b",
    re.I,
)


def _lead(t: str, previous: Clause | None, clause: Clause) -> str | None:
    """ "Wants something that matters - health, climate": a bare list after a dash takes the cue
    of the clause it elaborates."""
    if previous is None or not re.fullmatch(r"\s*[-–—:]\s*", t[previous.end : clause.start]):
        return None
    if _TURNED_TO.match(t, clause.start, clause.end):
        return "wish"  # "away from the bench - pure ops and management now": what they turn to
    if _OWN_REPORT.match(t, clause.start, clause.end):
        return None  # "wants Rust - been learning it on weekends": a report, no list to lead
    for s, e in reversed(previous.segments):
        got = carried(t[s:e])
        if got is not None:
            return got
    return None
