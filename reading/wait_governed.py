"""Whether a waiting cue governs a time, or the time is one gone by.

"Not looking till after the summer" waits; these do not: a home move ("moving back to Dublin in
the summer"), a return already made ("just back from our honeymoon in October", said in
September "back from leave in August"), a report in the past ("sorry I was short with you back in
Feb", "was slammed till Thanksgiving", "my bonus was paid end of March"), what keeps them busy
("timetabling eats June and July"). A time said alone ("cand: nxt yr") or as a short sentence
that the next one waits for ("Christmas first. Nothing moves until then.") is a wait too.

``reading.waits`` asks these of each time expression it finds.
"""

from __future__ import annotations

import re
from datetime import date

from reading.calendar import MONTHS
from reading.clauses import sentence_end, sentence_start
from reading.wait_cues import (
    CUE,
    DONE,
    LABEL,
    ONLY_A_TIME_AFTER,
    ONLY_A_TIME_BEFORE,
    POST_CUE,
    REFERS_BACK,
    THEN_CLAUSE,
)
from reading.wait_times import MONTH


def dated_past(before: str) -> bool:
    """ "went back in March after the baby": the month dates what happened ("during" is a time
    still to come in "not during Ramadan - after that")."""
    done = DONE.search(before)
    return bool(done) and not done.group().startswith("during")


def then_next(text: str, m: re.Match) -> bool:
    """A time said as a sentence of a few words, and the next one waits for it: "After
    Carnival! Everything stops here till then", "Christmas first. Nothing moves until then."""
    start, end = sentence_start(text, m.start()), sentence_end(text, m.end(), ".!?\n")
    # "part-time MSc at NUS, finals in May. No interviews until they're done": the time's own
    # clause is short
    start = max(start, text.rfind(",", 0, m.start()) + 1)
    # ... and so is the clause after an "and" before it: "we're in re-compete and the award is
    # due in March. Nothing until then" dates the award, not the re-compete
    joined_before = text.rfind(" and ", start, m.start())
    if joined_before >= 0:
        start = joined_before + len(" and ")
    # ... and ends at an "and" after it: "we ship in March and I'm on the critical path. Ping me
    # after launch" - what follows the "and" is more about the time, not another time
    joined = text.find(" and ", m.end(), end)
    words = len(text[start : joined if joined >= 0 else end].split())
    if end >= len(text) or words > 8:
        return False
    rest = re.match(r"[.!?\s]+", text[end:])
    nxt = end + (rest.end() if rest else 0)
    then = THEN_CLAUSE.match(text, nxt, sentence_end(text, nxt, ".!?\n"))
    # a longer clause dates the event only when the next one names it back ("before it
    # completes") or waits for the time itself ("nothing until then")
    return bool(then) and (
        words <= 5 or bool(re.search(REFERS_BACK, then.group()) or _UNTIL_THEN.search(then.group()))
    )


_UNTIL_THEN = re.compile(r"\b(?:until|till|til|before) then\b")


def stands_alone(text: str, m: re.Match, before: str) -> bool:
    # After a label ("cand: nxt yr, EM roles only") the time answers "when?" up to the comma.
    stops = r"[.!?;\n,–]| - |$" if LABEL.match(before) else r"[.!?;\n]|$"
    end = re.search(stops, text[m.end() :]).start() + m.end()
    if not ONLY_A_TIME_BEFORE.match(before):
        return False
    if ONLY_A_TIME_AFTER.match(text[m.end() : end]):
        return True
    # the time first, then why now is no good: "next quarter - audit this one", "March, swamped
    # right now" (not "March - busy with an audit", which may be March's own business)
    # (a length of years first is a CV's: "15 yrs, currently at a resort")
    return not _YEARS.match(m.group()) and bool(
        _BUSY_NOW_AFTER.match(text, m.end(), sentence_end(text, m.end(), ".!?\n"))
    )


_YEARS = re.compile(r"\W*(?:\d+|a few|several|many|some)\+?\s*(?:yrs?|years?)\b")


_BUSY_NOW_AFTER = re.compile(
    r"\s*(?:,|[-–—:]|\s[-–—])\s*(?![^.!?\n]{0,40}?\b(?:joined|started|began|moved|left|was|were|did|"
    r"had|got|finished|then)\b)[^.!?\n]{0,40}?\b(?:this (?:one|quarter|month|term|half)|right now|"
    r"at the moment|atm|for now)\b"
)


# "moving back to Dublin in the summer": a home move, which is no wait (the reading conventions).
_MOVE_VERB = re.compile(r"\b(?:mov(?:e|es|ing)|relocat(?:e|es|ing)|emigrat(?:e|es|ing))\b")
_HOME_MOVE = re.compile(
    r"\s+(?:back |over |out )?(?:to|home|house|abroad|countries|country|cities|city)\b(?![^.;]*\b(?:job|"
    r"roles?|jobs|company|companies|employer)\b)"
)


# A past verb that makes the cue after it history: "came back in", "was available from".
_PAST_BEFORE_CUE = re.compile(
    r"\b(?:came|got|went|was|were|been|moved|flew|returned|headed)\W+(?:(?:only|just|finally|"
    r"straight|right) )?$|"
    # a payout in hand: "collected her bonus in March", "banked my RSUs in May"
    # ... and a cliff already reached: "hit my cliff in July", "passed her cliff in May"
    r"\b(?:collected|cashed(?: out)?|banked|pocketed|received|got|took home|hit|reached|passed|cleared|"
    r"crossed|got past|made it past|past)\W+(?:(?:my|her|his|their|the|"
    r"this year's|last year's|full|annual|year-end) )*$"
)


# "back in <month>" at the end of a report in the past ("I was short with you back in Feb", "she
# asked us to stop back in March"): then, not a return - "off sick, back in Feb" is one.
BACK_THEN = re.compile(
    r"\b(?:was|were|had|did|asked|told|said|spoke|wrote|emailed|rang|called|messaged|met|mentioned|sent|"
    r"replied|chatted|talked|signed|joined|left|started|placed|sorry|apologies|apologise|apologize|"
    # a period or a course done: "passed his 90 days back in May", "finished school back in June"
    r"passed|finished|completed|wrapped|ended|graduated|quit|moved)\b(?:(?!\b(?:will|'ll|be|until|till|from|"
    r"and)\b)[^,.;:!?–—-])*(?<!circle )(?<!come )(?<!get )(?<!be )(?<!check )(?<!call )(?<!ring )(?<!ping )"
    r"(?<!reach )(?<!touch )(?<!go )(?<!write )(?<!loop )(?<!try )(?<!him )(?<!her )(?<!them )(?<!me )"
    r"\bback (?:in|at the (?:start|end|beginning) of)(?: (?:early|mid|late))?\W*$"
)


# "back from parental leave in August", "back at work since July": a return in a month.
_BACK_IN = re.compile(
    r"\bback(?: (?:from|at|to|off) [^.;!?,]{1,40}?)? (?:in|since)(?: (?:early|mid|late))?\W*$"
)


# A payout or a vesting reported as done in a month, said without "was": "bonus paid in March",
# "RSUs vested in Feb" (not "bonus pays in March", "is paid in March": still ahead).
_PAID_IN = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bget )(?<!\bgets )(?<!'s )\b(?:paid(?: out)?|vested|landed|came through|"
    r"hit (?:my|the|her|his) (?:account|bank))(?: (?:in|at the end of|end of|on))(?: (?:early|mid|late))?\W*$"
)
# ... and a return they have settled into since: "back from leave in June, settled back in now"
_SETTLED = re.compile(
    r"\b(?:settled(?: back)? in|been back (?:for|since)|back in the (?:swing|saddle))\b"
)


def back_already(before: str, month: str, said_at: date, rest: str = "") -> bool:
    """A return, a payout or a vesting in the month said or the two before it is one already
    made: nobody says "back in August" or "bonus paid in March" a month later to mean the next
    year's. A return they say they have settled into since (``rest``, the sentence after the
    month) is behind them up to half a year on."""
    ago = (said_at.month - MONTHS[month]) % 12
    if _BACK_IN.search(before):
        return ago <= 2 or (ago <= 6 and bool(_SETTLED.search(rest)))
    return bool(_PAID_IN.search(before)) and ago <= 2


# "back 24 Oct", "(back on 3 Nov)": a return on a day, said bare
_BACK_ON = re.compile(r"\bback(?: home| from [^.;!?,]{1,30}?)?(?: on)?\W*$")


def back_on_day(before: str, said: str, month: str, said_at: date) -> bool:
    """A return on a day already gone, in the month said or the two before it: said on 9
    November, "trip done (back 24 Oct)" is behind them ("back 24 Nov" is still ahead)."""
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", said)
    if not day or not _BACK_ON.search(before):
        return False
    gone = (said_at.month - MONTHS[month]) % 12
    return 0 < gone <= 2 or (gone == 0 and int(day.group(1)) <= said_at.day)


# When something was said or sent: "sorry for the snappy email in Feb", "forget my rude text in May", "I asked you to stop
# contacting me back in January" - then, not a wait ("stop calling till March" is one).
SAID_THEN = re.compile(
    r"\b(?:sorry|apologies|apologise|apologize|my bad)\b[^.;:!?]*\b(?:email|e-mail|message|text|call|reply|"
    r"response|note|voicemail|words|tone|rant)s? (?:back )?(?:in|from)(?: (?:early|mid|late))?\W*$|"
    # ... or named as theirs: "ignore my grumpy email in Feb", "her last text in May"
    r"\b(?:my|his|her|their|that|last)(?: [a-z]+)? (?:email|e-mail|message|text|call|reply|response|voicemail|"
    r"rant)s? (?:back )?(?:in|from)(?: (?:early|mid|late))?\W*$|"
    r"\b(?:asked|told|requested|begged|wanted)\b[^.;:!?]*\bstop\w*\b[^.;:!?]* back in(?: (?:early|mid|late))?\W*$|"
    # a stop of theirs recalled with when they asked it: "I know I asked for no contact in Feb",
    # "she'd asked to be taken off in March" (not "asked us to stop, but try again in March")
    # ... or told to one of us: "I told your guy not to call me back in January", "I told your
    # colleague not to call in January"
    r"\b(?:i|she|he|they)(?:'d| had)? (?:asked|told (?:you|us|your (?:\w+ )?\w+|(?:your|the) "
    r"(?:colleague|recruiter|consultant|team|agency|hr|office|desk)s?|[a-z]+)|requested|begged)"
    r"(?: (?:you|us|for|to be|to))* "
    r"(?:no (?:more |further )?contact|(?:to )?stop\w*|removed|taken off|(?:to )?unsubscribe|(?:to )?opt out|"
    r"not to (?:call|contact|email|e-mail|message|text|ring|phone|bother)(?: (?:me|her|him|them))?|"
    # "I know I asked not to be contacted back in January"
    r"not to be (?:called|contacted|emailed|e-mailed|messaged|texted|rung|phoned|bothered|approached)|"
    r"dnc|(?:to )?leave (?:me|her|him|them) alone)\b(?:(?!\b(?:until|till|after|before|from|but|and|wants?|"
    r"will|try|again|then)\b)[^.;:!?])* (?:back )?in(?: (?:early|mid|late))?\W*$"
)
# A month naming one of their messages: "ignore my January email", "her March note" - when it was
# sent, not a wait ("after my January review" names no message).
MESSAGE_OF = re.compile(
    r"\s+(?:e-?mail|message|msg|note|text|reply|response|voicemail|letter|inmail|dm)s?\b"
)
OWNER_BEFORE = re.compile(r"\b(?:my|her|his|their|your|that|the|this)\W*$")


# A month or holiday said as last year's ("till thanksgiving last yr", "until March of last
# year"): a time gone by, not one to wait for.
LAST_YEARS = re.compile(
    r"\W*(?:of |in )?(?:last|the previous|the past) (?:yr|year)\b|"
    # told of as gone by: "Ramadan in March was brutal", "Eid was quiet", "the summer went fast"
    # ("Ramadan is hard - after it" is still ahead)
    r"(?: in (?:early |mid-?|late )?[a-z]+)? (?:was|were|went)\b(?! (?:going|gonna|meant|supposed|due|planned|to)\b)"
)
# "back from the Eid holidays on 22 June", "back from Tết break in February": a feast the return
# from which is dated, the date right after it.
_BACK_FROM = re.compile(r"\bback from (?:the |my |our |his |her |their |this year's |this )?\W*$")
_FEAST_RETURN_DATE = re.compile(
    r"^(?:'s)?(?: (?:holidays?|break|festivities|celebrations|leave|trip|vacation|week))?"
    # where it was spent may come first: "back from thanksgiving in kelowna 14/10"
    rf"(?: (?:in|at|with) (?!{MONTH}\b)[a-z][a-z'-]+(?: [a-z][a-z'-]+)?(?=,? (?:on |\d)))?"
    rf",? (?:(?:on|in)(?: (?:the )?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?: of)?)? (?P<month>{MONTH})\b"
    r"(?! (?:20\d\d|next year))|(?:on )?(?P<d1>\d{1,2})/(?P<d2>\d{1,2})\b(?!/))"
)


def back_from_feast(before: str, after: str, said_at: date) -> bool:
    """A return from a feast dated in the half year before the day said is behind them: said in
    October, "back from the Eid holidays on 22 June" waits for no next Eid ("back from the
    Christmas break on 5 January", said in October, is still ahead)."""
    if not _BACK_FROM.search(before):
        return False
    m = _FEAST_RETURN_DATE.match(after)
    if not m:
        return False
    if m["d1"]:
        # "14/10": day first unless it cannot be ("10/14" is month first)
        day, month = int(m["d1"]), int(m["d2"])
        if month > 12:
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return False
    else:
        day, month = int(m["day"] or 0), MONTHS[m["month"]]
    ago = (said_at.month - month) % 12
    if ago == 0:
        return bool(day) and day < said_at.day
    return ago <= 6


# Busy or away until then, said in the past: "was slammed till Thanksgiving", "were swamped until
# Christmas", "was on sabbatical until August" ("was told she can't start until March" still waits).
PAST_BUSY = re.compile(
    r"\b(?:was|were|had been)\W+(?:(?:so|really|pretty|super|very|crazy|just|totally) )?(?:slammed|"
    r"busy|swamped|snowed under|flat out|buried|tied up|booked up|maxed out|overloaded|away|abroad|"
    r"offline|overseas|travell?ing|(?:away |off |out )?on (?:(?:a|an|her|his|my|their|the) )?(?:\w+ )?"
    r"(?:sabbatical|leave|break|career break|secondment|assignment|deployment|tour|travels?))\W+"
    r"(?:(?:with|w/?) (?:\w+ ){1,3})?(?:until|till|til|thru|through|to)\W*$"
)


# "just back from", "fresh back from", "recently back from": back already.
_JUST_BEFORE = re.compile(r"\b(?:just|fresh|freshly|recently|newly|only just)\W+$")


# Cues that name an event rather than wait for it: after "came back", "from his sabbatical in
# February" still dates the return.
_EVENT_CUE = re.compile(
    r"sabbatical|bonus|vest(?:s|ing)?|on leave|return(?:s|ing)?|back|ends|finishes|closes|completes"
)


# "occupied with the festive season release": what keeps them busy, not when they are free; and
# what fills the months named right after it ("timetabling eats June and July", "reports
# swallow all of March").
_BUSY_WITH = re.compile(
    r"\b(?:(?:occupied|busy|swamped|tied up|snowed under|flat out|slammed) with\b(?:\W+\w+){0,3}|"
    r"(?:eats?(?: up)?|ate(?: up)?|swallows?(?: up)?|takes? up|took up|fills?|filled)"
    rf"(?: (?:all of|the whole of|most of|the))?(?: (?:{MONTH})(?:,| and| &|/))*)\W*$"
)


# "moving to Kraków in February - talk once we've landed": the move is what they wait for.
_ONCE_MOVED = re.compile(
    r"^\W*(?:[\w']+\W+){0,5}?(?:once|after|when)\W+(?:(?:we|i|they|he|she)(?:'ve|'re|'m|'s| have| are| am| "
    r"has| is)?\W+)?(?:\w+\W+)?(?:landed|sett?led|moved|unpacked|arrived|got there|relocated)\b|"
    r"^\W*(?:[\w']+\W+){0,3}?(?:after|once) (?:the|our|my|his|her|their|that) (?:move|relocation)\b"
)


# An event reported in the past tense right before its month: "was paid (at) the end of March".
_PAID_THEN = re.compile(
    r"\b(?:was|were|got|has been|have been|had been) (?:paid|paid out|settled|completed|closed|signed|"
    r"announced|over|done)(?: (?:in|at|on|by))?(?: the)?(?: (?:end|start|beginning|middle) of)?\W*$"
)


# A deed still to be done after a waiting word, in the present or the passive ("till the accounts
# are signed off in", "until it's completed in", "once the deal gets signed in"): its past-looking
# participle is the future, not a thing done ("signed in March" after no cue stays behind them).
_STILL_TO_BE_DONE = re.compile(
    r"\b(?:till|until|til|once|when|before)\b[^.;!?]{0,40}?(?:\b(?:is|are|gets|get|has been|have been)|'s|'re) "
    r"(?:signed(?: off)?|completed|finished|done|delivered|filed|approved|published|passed|paid(?: out)?|closed)"
    r"(?: (?:in|by|at|on))?(?: (?:early|mid|late|the end of|end of))?\W*$"
)


# What leaving early would cost, said as a condition: "I'd be walking away from £80k of deferred
# if I went before the June vest", "she'd forfeit her LTIP if she moved before March", "would
# have to repay the sign-on if I left before May" - a wait till then, its past-looking verb a
# supposition ("left before March" with no cost is a report of the past).
_COST_OF_LEAVING = re.compile(
    r"\b(?:lose|losing|forfeit\w*|walk(?:ing)? away from|give up|giving up|sacrific\w*|miss(?:ing)? out on|"
    r"kiss(?:ing)? goodbye to|leave \w+ on the table|leaving \w+ on the table|(?:re)?pay\w* (?:\w+ )?back|"
    r"repay\w*|clawback|claw(?:ed)? back)\b[^.;!?]{0,60}\bif (?:i|she|he|they|we) (?:went|left|moved|resigned|"
    r"quit|jumped|walked|were to (?:go|leave|move|resign))(?: (?:now|early|any sooner|ship))? "
    r"(?:before|ahead of|until|till)(?: (?:the|my|her|his|their|our))?\W*$"
)


def governed(before: str, after: str, further: str = "") -> bool:
    # "moving in January to Groningen - will talk once she's settled": the move, a few words on
    if POST_CUE.match(after) and _PAID_THEN.search(before):
        return False  # "my bonus was paid end of March, I'm available": when it happened
    if POST_CUE.match(after) or _ONCE_MOVED.match(further or after):
        return True
    if _COST_OF_LEAVING.search(before):
        return True  # "I'd forfeit the deferred if I left before the June vest": hold till then
    cues = list(CUE.finditer(before))
    if not cues:
        return False
    last = cues[-1].start()
    for verb in _MOVE_VERB.finditer(before):
        home = _HOME_MOVE.match(before, verb.end())
        if home and last < home.end():
            return False  # no cue of its own after the move ("... back to Dublin in the summer")
    for i, cue in enumerate(cues):
        # "just back from our honeymoon in October": a return, behind them
        just_back = cue.group().startswith("back") and _JUST_BEFORE.search(before, 0, cue.start())
        if (just_back or _PAST_BEFORE_CUE.search(before, 0, cue.start())) and all(
            _EVENT_CUE.fullmatch(c.group()) for c in cues[i + 1 :]
        ):
            return False  # "came back from her sabbatical in March", "was available from May"
    if _STILL_TO_BE_DONE.search(before, last):
        return True  # "nothing till the audit is signed off in March": done then, not before
    return not (DONE.search(before, last + 1) or _BUSY_WITH.search(before, last + 1))
