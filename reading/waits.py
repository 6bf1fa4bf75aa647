"""Waits: the month a person is open again, from what they said and when they said it.

A time expression (a month, season, quarter, holiday, "next year", a duration, a notice period)
is a wait only when a waiting cue governs it: "until", "not before", "after", "once my shares
vest", "try me in", "give it", "not looking for"... "Joined in May" and "led the March release"
are not waits, and neither is "moving to Lisbon in June". Resolution follows the reading
conventions: a month with no year is the next such month strictly after the day it was said;
"after March" is April, but "after my bonus in March" is March.

This module is the entry: ``find_waits`` reads each time expression and notice period of a note.
The time expressions are in ``wait_times``, the cues around them in ``wait_cues``, whether a cue
governs a time or the time is one gone by in ``wait_governed``, and a wait given up, taken back
or called off (and a note that says they are open now) in ``wait_changes``.
"""

from __future__ import annotations

import re
from datetime import date

from reading.calendar import MONTHS, next_month_named
from reading.clauses import sentence_end, sentence_start
from reading.event_waits import event_waits
from reading.period_waits import (
    extension_waits,
    given_notice_waits,
    last_day_waits,
    length_near,
    period_ends,
    someone_elses,
)
from reading.resolve import add, count, resolve
from reading.stint_waits import stint_waits
from reading.wait_changes import BUT, OPEN_NOW, OPEN_NOW_BEATS, SEARCHING_NOW, given_up_or_ready
from reading.wait_context import (
    STILL_SEND,
    after_a_break,
    length_of_something,
    measures_the_past,
    not_theirs,
)
from reading.wait_cues import (
    A_START,
    AN_AMOUNT_BEFORE,
    DATED_CUE,
    DATES_A_START,
    DONE,
    DURATION_LEAD,
    FOR_CUE,
    FROM_MONTH,
    FROM_MONTH_AFTER,
    GRACE,
    LEAVE_BEHIND,
    LEFT_AFTER,
    NEEDS,
    NOT_DURATION,
    NOTICE,
    NOTICE_CUE,
    OFF,
    PERIOD_DONE,
    PERIOD_KINDS,
    PERIOD_OVER,
    RECOVERY,
    RECURRING,
    SERVED,
    STANDS_ALONE,
    START_SOUGHT,
    TAKING,
    THEN_CLAUSE,
    TILL_IT,
    TIME_SERVED,
    TO_SETTLE,
    UNTIL_PASSED,
)
from reading.wait_governed import (
    BACK_THEN,
    LAST_YEARS,
    MESSAGE_OF,
    OWNER_BEFORE,
    PAST_BUSY,
    SAID_THEN,
    back_already,
    back_from_feast,
    back_on_day,
    dated_past,
    governed,
    stands_alone,
    then_next,
)
from reading.wait_recalled import recalled_from_last_year
from reading.wait_times import ANY_DIGIT, ANY_TIME, MONTH, TIME, may_is_month

# A period with its length that is a term of a job offered, not one holding the person now:
# "the two-year non-compete in your last offer", "a 6-month probation in the offer letter",
# "the offer came with a 12-month non-compete" (not "my 3-month notice, then I can take the offer").
_OFFER = r"(?:job )?(?:offer(?: letter)?|contract (?:you|they|we) sent|(?:new |their |your )?contract offered)"
_OFFERS_TERM_AFTER = re.compile(
    rf"\W*(?:clause |term |period )?(?:in|of|on|from|with) (?:the|your|their|our|that|this|his|her|an?)"
    rf" (?:last |latest |new |previous |first |written |formal |\w+'s )?{_OFFER}\b"
)
_OFFERS_TERM_BEFORE = re.compile(
    rf"\b{_OFFER}(?:'s| (?:had|has|included|includes|came with|comes with|with|wanted|required|"
    r"requires|asked for|carried|carries))\W+(?:\w+\W+){0,2}$"
)
# ... the contract said bare after an offer in the same note: "withdrew at offer - contract had a
# 12-month non-compete" (not "my contract has a 12-month non-compete": their own, with no offer).
_OFFERED_CONTRACT_BEFORE = re.compile(
    r"\bcontract (?:had|included|came with|carried|wanted|required)\W+(?:\w+\W+){0,2}$"
)
_OFFER_SAID = re.compile(r"\boffer(?:ed|s)?\b")
# A habit's span, its rate said before the length: "4 nights away most weeks for three years",
# "on the road every week for a decade" (not "away for the next two weeks": no rate, ahead).
HABIT_FOR = re.compile(
    r"\b(?:most|every|each|per|a) (?:week|weekend|month|day|night|fortnight)s?\b"
    r"(?:(?!\b(?:next|coming|will|till|until)\b)[^.;!?]){0,25}\bfor\W*$"
)


# A length written as one word before what it measures: "a 12-month minimum", "an 18-month
# engagement", "a six-month contract".
A_LENGTH_WANTED = re.compile(
    r"(?:\d+|one|two|three|four|six|nine|twelve|eighteen|twenty-four)-(?:month|year|week)"
    r"(?: \+|\+)? (?:minimum|min|contract|engagement|assignment|gig|term|extension|project|fte|ftc|"
    r"secondment|placement|deal)\b"
)


def find_waits(
    text: str, said_at: date, original: str | None = None
) -> list[tuple[date, int, int]]:
    """(first day open again, start, end) for each wait in lower-case ``text``."""
    found: list[tuple[date, int, int]] = []
    if not (ANY_DIGIT.search(text) or ANY_TIME.search(text)):
        return given_up_or_ready(event_waits(text, said_at), text, said_at)
    for m in TIME.finditer(text):
        if m["month"] == "may" and not may_is_month(text, m, original):
            continue
        if re.search(r"\b(?:every|each)\W*$", text[max(0, m.start() - 8) : m.start()]):
            continue  # "bonus pays out every March", "a week every couple of months": how often
        start = sentence_start(text, m.start())
        if m["month"] and RECURRING.search(text, start, m.start()):
            continue  # "vests quarterly - Feb, May, Aug, Nov": when it recurs, not a wait
        before = text[max(0, start, m.start() - 90) : m.start()]
        after = text[m.end() : m.end() + 40]
        sentence = text[start : sentence_end(text, m.end())]
        judged_in = text[max(0, text.rfind(".", 0, start)) : start]  # "...; maybe in a year"
        if not_theirs(sentence, text[start : m.start()], judged_in):
            continue
        if STILL_SEND.search(text, m.end(), sentence_end(text, m.end())):
            # "evenings only till year-end, but keep them coming": busy, still wants roles ("keep
            # sending roles, but no interviews till March" still holds the interviews off)
            continue
        if recalled_from_last_year(text, start, m.start()):
            continue  # "last year I asked you to wait till after New Year": that year's wait
        if (m["month"] or m["season"] or m["holiday"]) and (
            BACK_THEN.search(before) or SAID_THEN.search(before)
        ):
            continue  # "sorry I was short with you back in Feb": when it happened, not a return
        if m["month"] and MESSAGE_OF.match(after) and OWNER_BEFORE.search(before):
            continue  # "ignore my January email": when a message was sent, not a return
        if (
            m["month"]
            and not m["year1"]
            and back_already(
                before, m["month"], said_at, text[m.end() : sentence_end(text, m.end())]
            )
        ):
            continue  # said in September, "back from leave in August": the return is behind them
        if m["month"] and not m["year1"] and back_on_day(before, m.group(), m["month"], said_at):
            continue  # said on 9 November, "trip done (back 24 Oct)": home already
        if m["holiday"] and back_from_feast(before, after, said_at):
            continue  # said in October, "back from the Eid holidays on 22 June": home already
        if (m["month"] or m["season"] or m["holiday"]) and (
            LAST_YEARS.match(after) or PAST_BUSY.search(before)
        ):
            continue  # "was slammed till thanksgiving last yr, free now": a busy time behind them
        if (
            re.search(r"\bprobation\w*\W+(?:\w+\W+){0,2}$", before)
            or re.match(r"(?:'s?)?\W+probation", text[m.end() : m.end() + 20])
        ) and someone_elses(text[sentence_start(text, m.start()) : m.start()]):
            continue  # "her manager is on probation till March": another person's probation
        if re.search(
            r"\bprobation\w*\b[^.;!?]{0,30}?\b(?:from|since|starting)\W+(?:the\W+)?$", before
        ):
            continue  # "a three-month probation from 1 Oct": when it began (``period_waits``)
        if (
            m["month"]
            and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", m.group())
            and not DATED_CUE.search(before[-25:])
            # "exams on 7-8 Dec - leave me till after": the dated event, waited for after it
            and not THEN_CLAUSE.match(text, m.end(), sentence_end(text, m.end(), ".!?\n"))
            # ... or in the next sentence: "we launch on the 3rd of March. not talking till then"
            and not then_next(text, m)
        ):
            continue  # "(email 4 Aug)": the day something happened
        if m["season"] and re.search(
            r"\b(?:open to|happy to go|willing to go|up for|ready (?:to go|for)) (?:go(?:ing)? )?"
            r"(?:anywhere|somewhere)(?: (?!(?:after|till|until|from|before|by|in|once)\b)[a-z]+){0,3}\W*$",
            before,
        ):
            continue  # "open to anywhere warm this winter": where they would work then, not a wait
        if m["season"] and re.match(
            r"\W*(?:with|w/?) (?:the |my |our |his |her )?(?:kids|family|children|grandkids)\b|"
            # ... or how it goes: "after Labor Day, summer is crazy with the kids" (the reason)
            r"(?:'s|\s(?:is|are|gets|get|will be))\s(?:always |so |too |really |just |pretty |very |going to be )?"
            r"(?:crazy|busy|mad|hectic|manic|nuts|insane|chaos|chaotic|full[- ]on|wild|rammed|slammed)\b",
            after,
        ):
            continue  # "after Labor Day pls, summer w the kids": what the summer is for
        if m["dd1"] and (
            not DATED_CUE.search(before[-25:])
            or re.match(r"\W*(?:days?|hrs?|hours?|support)\b", after)
        ):
            continue  # "24/7", "4/5 days": no date unless a waiting word leads into it
        if re.search(
            r"\b(?:valid|expires?|expiring|exp|good)\W+(?:\w+\W+){0,3}?(?:till|until|to|thru|through)?\W*$|"
            # said of a check or a registration, right before the day ("a current contract till
            # March" is a wait: the adjective before its noun)
            r"\b(?:current|in[- ]date|in force|renewed) (?:till|until|to|thru|through)\W*$",
            before,
        ):
            # "B1/B2 valid till 2031", "WWCC current to 2029": how long a document runs, not a wait
            continue
        if (
            (m["month"] or m["term"] or m["season"])
            and START_SOUGHT.search(before)
            and (A_START.match(after))
        ):
            continue  # "looking for Term 1 starts": when they would start, so we talk before it
        duration = m["n"] or m["mo2"] or m["halfyear"] or m["single"]
        if duration and m["n"] in ("a", "an", "one") and AN_AMOUNT_BEFORE.search(before):
            continue  # "£5k a month minimum", "4 500 € gross a month": pay's period, not a wait
        if (
            duration
            and re.search(r"\b(?:an?|the) $", before)
            and A_LENGTH_WANTED.match(text, m.start())
        ):
            continue  # "wants a 12-month minimum": how long a contract should run, not a wait
        if duration:
            # "not looking till I've done a full year there": time to be served in a job
            served = TIME_SERVED.search(before) and not re.match(r"\W*(?:ago|back)\b", after)
            if NOT_DURATION.match(after) and not (served or STANDS_ALONE.match(after)):
                continue
            if length_of_something(before) or re.search(
                r"\b(?:\d+|two|three|four|several|many|a few) \w+ (?:in|per|a)\W*$", before
            ):
                continue  # "the 3 texts in a week": how often, not how long
            settling = (
                (
                    NEEDS.search(before)
                    # the thing to see through may be a long name: "to see Dogger Bank C through"
                    and (TO_SETTLE.match(text[m.end() : m.end() + 70]) or GRACE.match(after))
                )
                or (TAKING.search(before) and OFF.match(after))
            )
            if not (
                served
                or DURATION_LEAD.search(before)
                or STANDS_ALONE.match(after)
                or settling
                or stands_alone(text, m, before)
            ):
                continue
            if re.search(r"\bfor\W*$", before) and not (FOR_CUE.search(before) or settling):
                continue
            if HABIT_FOR.search(before):
                continue  # "4 nights away most weeks for three years": how long a habit ran
            if (
                not served
                and DONE.search(after_a_break(before))
                or re.search(r"\b(?:the last|the past|over the|spent|took|takes)\W", before)
                or LEFT_AFTER.search(before)
            ):
                continue
            if not served and measures_the_past(before, after):
                continue  # "grew the team from 3 to 20 in two years": how long it took, no wait
        elif not (
            governed(before, after, text[m.end() : m.end() + 70])
            or (m["fy"] and re.search(r"\b(?:post|after|once|when)\W*$", before))
            or ((m["holiday"] or m["eoq"]) and re.search(r"\bpost[- ]?$", before))
            or stands_alone(text, m, before)
            or (
                # "new job since January, six months probation - wait till it's over": the
                # month dates the start, the clause after waits for the probation
                not (DATES_A_START.search(before) or dated_past(before))
                and (
                    THEN_CLAUSE.match(text, m.end(), sentence_end(text, m.end(), ".!?\n"))
                    or UNTIL_PASSED.match(text, m.end(), sentence_end(text, m.end(), ".!?\n"))
                    or then_next(text, m)
                )
            )
        ):
            continue
        start_month = (
            (FROM_MONTH.search(before) or FROM_MONTH_AFTER.match(after)) if duration else None
        )
        if start_month:  # "on leave from September for nine months": counted from September
            said = next_month_named(MONTHS[start_month["month"]], said_at)
            day = resolve(m, before, max(said, said_at))
        else:
            day = resolve(m, before, said_at)
        if day is not None and day >= said_at.replace(day=1):
            found.append((day, m.start(), m.end()))
    periods_read: set[str | None] = set()
    for m in NOTICE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if re.search(r"\b(?:no|without|zero|nil)\W*$", before):
            continue  # "no notice period, can start immediately"
        if m["bare"] and re.search(r"\b(?:short|shortest|little|moment's|minute's)\W*$", before):
            continue  # "flies out at short notice", "on little notice": ready, not held
        said_period = m.group()
        kind = next((k for k, w in PERIOD_KINDS if w in said_period), None)
        sentence = text[sentence_start(text, m.start()) : sentence_end(text, m.end())]
        if m["bare"] and not (
            NOTICE_CUE.search(before)
            or NOTICE_CUE.search(text[m.end() : m.end() + 20])
            # "garden leave started ... - can't sign anything until it finishes"
            or (
                kind == "leave"
                and re.search(
                    r"\b(?:until|till|once|after) it (?:ends|finishes|is over|'s over)", sentence
                )
            )
        ):
            continue
        if any(s <= m.start() < e or m.start() <= s < m.end() for _, s, e in found):
            continue
        if SERVED.search(text, m.start(), sentence_end(text, m.end())):
            continue  # "her notice was 3 months at the bank, she served it last year"
        if (
            not m["bare"]
            and re.search(RECOVERY, said_period)
            and (
                re.search(r"\b(?:had|did|went through|got through)\W+(?:\w+\W+){0,2}$", before)
                or (m["u1"] or m["u2"] or "").startswith("y")
            )
        ):
            continue  # "did six weeks of physio after the op", "5 years physio": no wait ahead
        if not m["bare"] and (
            _OFFERS_TERM_AFTER.match(text, m.end())
            or _OFFERS_TERM_BEFORE.search(before)
            or (_OFFERED_CONTRACT_BEFORE.search(before) and _OFFER_SAID.search(text, 0, m.start()))
        ):
            continue  # "the 2-year non-compete in your offer": a term of the job offered, no wait
        if kind == "leave" and LEAVE_BEHIND.search(sentence):
            continue  # "spent last summer on a sabbatical, back since January"
        if kind == "probation" and someone_elses(text[sentence_start(text, m.start()) : m.start()]):
            continue  # "her manager is on probation": another person's, no wait of theirs
        if PERIOD_DONE.search(before) or (
            # ("till probation's done", "once the non-compete has ended": still ahead)
            PERIOD_OVER.match(text, m.end()) and not TILL_IT.search(before)
        ):
            continue  # "finished probation at his new place a while back", "non-compete ended"
        if m["bare"] and kind in periods_read:
            continue  # "six-month probation ... till probation's done": one period, read once
        number, unit = (m["n1"], m["u1"]) if m["n1"] else (m["n2"], m["u2"])
        if kind == "vesting" and (
            dated := re.match(
                rf"\W*(?:[\w']+\W+){{0,3}}?(?:(?:hits|lands|falls|is|vests|comes)(?: in| on)? |(?:in|by|on) )"
                rf"(?:early |mid |late |mid-)?(?P<m>{MONTH})\b",
                text[m.end() : m.end() + 40],
            )
        ):
            # "my one-year cliff vests in April", "1yr cliff hits Feb 15": the month says when,
            # not the length
            found = [w for w in found if not (m.end() <= w[1] <= m.end() + 40)]
            found.append((next_month_named(MONTHS[dated["m"]], said_at), m.start(), m.end()))
            periods_read.add(kind)
            continue
        if m["bare"]:
            said_length = length_near(text, m.end(), sentence_end(text, m.end()))
            if said_length is None and any(
                sentence_start(text, s) == sentence_start(text, m.start()) for _, s, _ in found
            ):
                continue  # "probation ends in July": the month says when
            number, unit = said_length[:2] if said_length else (None, None)
            if said_length:  # "it's three months": the period's length, not a wait of its own
                found = [w for w in found if not (w[1] < said_length[3] and said_length[2] < w[2])]
        else:
            number = count(number)
        unit = {"m": "months", "w": "weeks", "d": "days"}.get(unit, unit)
        if kind:
            day = period_ends(kind, number, unit, text, said_at)
        else:
            day = add(said_at, number, unit)
        if day is None:
            continue
        periods_read.add(kind)
        found.append((day, m.start(), m.end()))
    # "NP 90d, LWD 31 Jan": free the day after the last working day (a later day than the
    # notice's length from the day said wins: one wait per note is the latest)
    found += [
        w for w in last_day_waits(text, said_at) if not any(s <= w[1] < e for _, s, e in found)
    ]
    # "gave my 30 days at Ledcor": a notice said by its length alone
    found += [
        w for w in given_notice_waits(text, said_at) if not any(s <= w[1] < e for _, s, e in found)
    ]
    # "on a 6-week TA, call after it wraps": the stint's length, when nothing else says when
    found = found or stint_waits(text, said_at)
    for ext in extension_waits(text, said_at):
        # "a 6-month extension, finishes early Sept": the end said wins over the length counted
        if any(ext[2] < s <= ext[2] + 100 for _, s, _ in found):
            continue
        found = [w for w in found if not (ext[1] <= w[1] < ext[2])]  # "from 01/10" is its start
        found.append(ext)
    if found and OPEN_NOW.search(text):
        # "promoted in March. All good - open to a chat any time": months in a note that says
        # they are open now are what happened or what is planned, not when to come back
        opened = [m.start() for m in OPEN_NOW.finditer(text)]
        found = [
            w
            for w in found
            if OPEN_NOW_BEATS.search(text[max(0, w[1] - 30) : w[1]])
            # "teaching till 11 Dec - but any time for a call": the "but" lets the call through
            and not any(BUT.match(text, w[2], o) for o in opened if o > w[2])
        ]
    if found and (
        "look" in text
        or "interview" in text
        or "market" in text
        or "search" in text
        or "open" in text
    ):
        if SEARCHING_NOW.search(text):
            # "booked until December, looking now": the search is on, the date no wait
            return []
    return given_up_or_ready(
        found + [w for w in event_waits(text, said_at) if not found], text, said_at
    )
