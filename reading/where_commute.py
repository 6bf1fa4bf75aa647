"""The journey to work: a commute wished for, accepted or refused, and how often ("not doing
Ikorodu to VI every day" leaves four office days a week at most: ``commute_days``); a journey
from home ("two hours from Rongai", "lives out in Tuas, it's a trek") with the place it starts
from, and the place it goes to. A journey said only as it is now, one made for something else,
and a home said to be near are no condition. Read by ``reading.where`` in one clause.
"""

from __future__ import annotations

import re

from reading import commute
from reading.clauses import Clause, sentence_end
from reading.direction import overlaps
from reading.normalise import Normalised
from reading.where_office import DECLINED_LEAD, VERDICT_NEXT
from reading.where_places import place_after, place_span_after

COMMUTE_WISH = re.compile(
    r"\b(?:ideal(?:ly)?|prefer\w*|would like|'d like|nice|keen|love|hoping|happy|perfect|dream|"
    r"(?:'ll|will) do)\b"
)
# A short journey said of a place, as a fact: "Parra is 30 min on the train for her", "stays in
# Tampines, 10 min from Changi Business Park", "Westlands is easy from Kileleshwa, 15 min drive".
A_PLACE_IS_NEAR = re.compile(
    r"\b(?!(?:it|that|this|commute|journey|drive|trip|which)\b)[\w-]+(?: is|'s) (?:\w+ ){0,3}?"
    r"(?:\d{1,2} ?min|half an hour)|"
    r"\b\d{1,2} ?min(?:ute)?s?(?: \w+)? (?:from|to|away from) (?!(?:home|work|me|him|her)\b)"
    r"(?:the )?(?!office\b)\w|"
    r"\b(?:is|'s) (?:easy|close|near|nearby|handy|a short hop)\b"
)
# The journey's length accepted: "1h15 on the train is OK", "90 mins is fine".
ACCEPTED = re.compile(
    r"\b(?:is|'s|are|would be) (?:ok|okay|fine|doable|manageable|no (?:problem|bother|issue|hassle)|"
    r"not (?:a|an) (?:problem|issue)|grand|easy)\b|\b(?:don't|doesn't|do not|does not|wouldn't) mind\b"
)
# "if it's only two days a week" beside a commute: the office days that make the journey bearable.
IF_DAYS = re.compile(
    r"\b(?:if|as long as|provided) (?:it's|it is|it was) (?:only |just )?(?P<n>\d|one|two|three|four) "
    r"days? (?:a|per|each) week\b"
)
# "won't commute to London": the place is refused; the commute itself is not the complaint.
REFUSED_COMMUTE_TO = re.compile(
    r"\b(?:won't|will not|wouldn't|can't|cannot|not|never|refuses? to|(?:doesn't|don't) want to)\W+"
    r"(?:\w+\W+)?commut\w*\W+(?:in\W+)?(?:to|into)\W+(?:the\W+)?$"
)


# A cap in minutes in a note about the office is the journey's: "The office is in Croydon. 50
# minutes is her absolute limit."
OFFICE_CONTEXT = re.compile(
    r"\b(?:office|hq|on[- ]?site|get(?:ting)? (?:in|there)|hybrid|days? (?:a week )?in|lives in|"
    r"based in)\b"
)


# A journey refused by its route and how often: "not doing Ikorodu to VI every day", "won't do the
# Lekki to Ikeja drive daily again".
ROUTE_REFUSED = re.compile(
    r"\b(?:not|never|won't|will not|can't|cannot|refuses? to|"
    r"no more) (?:doing|do|making|make) (?:the )?"
    r"[\w.-]+(?: [\w.-]+)? to (?:the )?[\w.-]+(?: [\w.-]+)?(?: (?:drive|"
    r"run|commute|trek|journey|trip))?"
    r" (?:every ?day|daily|each day|five days a week|5 days a week|every morning)\b"
)
# How often a refused commute would be too often: "every day" (four days a week is the most they
# would do), "more than once a month" (none a week), "more than twice a week" (two).
_TOO_OFTEN = re.compile(
    r"\b(?P<daily>every ?day|daily|each day|five days a week|"
    r"5 days a week)\b|more than (?:once|one day|a day) "
    r"(?:a|per) (?:month|fortnight)|more than (?P<n>once|"
    r"twice|one day|two days|three days|[1-4] days?) "
    r"(?:a|per) week"
)
_OFTEN_N = {"once": 1, "one day": 1, "twice": 2, "two days": 2, "three days": 3}


def commute_days(t: str, start: int, end: int) -> int | None:
    """The most office days a week a refused commute leaves them, when the refusal says how
    often."""
    m = _TOO_OFTEN.search(t, start, end)
    if not m:
        return None
    if m["daily"]:
        return 4
    if m["n"]:
        return _OFTEN_N.get(m["n"]) or int(m["n"][0])
    return 0


# A journey from home said only as it is now ("commutes 70 minutes from Tonbridge at the
# moment"), one made for something else ("flew in two hours from Berlin for the interview"), and
# a home said to be near ("lives 10 minutes from the office"): no condition.
_NOW_ONLY = re.compile(
    r"\b(?:currently|at the moment|right now|for now|these days|at present|atm|already|now)\b"
)
_NOT_A_COMMUTE = re.compile(
    r"\b(?:flew|fly|flying|flights?|plane|visit\w*|holidays?|interview\w*)\b"
)
_HOME_BEFORE = re.compile(r"\b(?:lives?|living|based|house|flat|home|place)\W+(?:\w+\W+)?$")
# ... and one they say they want shorter or have had enough of.
_WANTS_CLOSER = re.compile(
    r"\b(?:closer|nearer|shorter|less travel|cut (?:that|it|the commute|down)|tired|sick of|fed up|"
    r"had enough|too far|trek|schlep|slog|withdrew|withdrawn|declined|turned (?:it |us )?down|pulled out|"
    # ... or refuse outright: "commuting from Hamburg to Bremerhaven is out of the question"
    r"out of the question|no way|no chance|not a chance|not happening|a non-?starter|a no-?go|"
    r"off the table|a (?:hard )?no\b(?! (?:\w+ )?(?:problem|issue|bother|brainer)))\b"
)


def journeys_from(t: str, clause: Clause, out, taken: list, norm: Normalised) -> None:
    """ "two hours from Rongai", "commutes in from Jurong every day", "lives out in Tuas, it's a
    trek": the journey from where they live, a commute condition with the place it starts from
    (and never a wish to work there). A journey they complain of, or of two hours or more, is
    refused; one only stated is a wish for a shorter one."""
    first = max(t.rfind(x, 0, clause.start) for x in ".!?\n") + 1
    last = sentence_end(t, clause.end)
    sentence = t[first:last]
    # the whole sentence is searched: "lives out in Tuas - it's a trek" says the trek after a dash
    for minutes, a, b in commute.journeys_from(t[clause.start : max(last, clause.end)]):
        a, b = a + clause.start, b + clause.start
        if a >= clause.end:
            continue
        origin = _origin(t, b, clause.end, norm)
        if origin is None:
            continue
        place, _, y = origin
        held = next(
            (c for c in out.items if c.facet == "commute" and overlaps(a, y, [out.at[id(c)]])),
            None,
        )
        if held is not None:
            held.value.setdefault("from", place)  # "90 mins each way from Swindon - not again"
            taken.append((a, y))
            continue
        if overlaps(a, b, taken) or _NOT_A_COMMUTE.search(sentence):
            continue
        if _HOME_BEFORE.search(t, first, a):
            continue  # "lives 10 minutes from the downtown offices", "I live two hours from any city"
        complaint = (
            commute.HURTS.search(t, a, last)
            or VERDICT_NEXT.search(t, y, last)
            or _WANTS_CLOSER.search(sentence)
            or DECLINED_LEAD.match(t[first:])
        )
        if not complaint and (
            _NOW_ONLY.search(sentence)
            or destination(t, y, last, norm) is not None
            or (minutes is not None and minutes <= 45)
        ):
            # "commutes 70 minutes each way from Tonbridge at the moment", "commutes from
            # Brighton to London every day": the journey as it is, to the job they have; "stays
            # in Tampines, 10 min from Changi Business Park": a place near home
            continue
        pol = "avoid" if complaint or (minutes or 0) >= 120 else "wish"
        out.add("commute", pol, {"minutes": minutes, "from": place}, a, y, 0.7, "rule:commute")
        taken.append((a, y))


def _origin(t: str, start: int, end: int, norm: Normalised) -> tuple[str, int, int] | None:
    """(place, start, end) named right at ``start``: a known place, or a capitalised name said
    in the note ("Rongai", "Jurong West") that is not home, work or the office."""
    if found := place_span_after(t, start, end, norm, lead=r"\W*(?:the\W+)?"):
        return found
    names: list[str] = []
    at = start
    for word in re.finditer(r"[a-z][\w'-]*", t[start:end]):
        if word.start() > (len(" ".join(names)) + 1 if names else 0):
            break  # only the words right after, one space apart
        src = norm.origin(start + word.start())
        said = norm.source[src : src + len(word.group())]
        if not said[:1].isupper() or len(names) == 3 or word.group() in _NOT_A_DESTINATION:
            break
        names.append(said)
        at = start + word.end()
    return (" ".join(names), start, at) if names else None


_NOT_A_DESTINATION = {"office", "work", "site", "city", "town", "hq", "campus", "the"}


# The middle of town as where a journey goes: "not going into the CBD", "heading downtown" - the
# middle of whichever town the role is in (``matching.verdict``).
CENTRES = frozenset({"cbd", "downtown", "city centre", "city center", "town centre", "town center"})
_CENTRE = re.compile(
    r"\W*(?:in(?:to)?\W+|to\W+)?(?:the\W+)?(?P<centre>"
    + "|".join(sorted(CENTRES, key=len, reverse=True))
    + r")\b"
)


def centre_name(word: str) -> str:
    """How a journey's end in the middle of town is kept: "CBD" in capitals, the rest as said."""
    return word.upper() if word == "cbd" else word


def destination(t: str, start: int, end: int, norm: Normalised) -> str | None:
    """The place a journey goes to, named right after it: "commuting to Elgin", "the drive into
    Canary Wharf" - a known place, or a capitalised name that is not the office or work."""
    # the route may come first: "commute over the bridge to Cardiff", "the drive along the A12 into
    # London"
    lead = (
        r"\W*(?:(?:over|across|through|via|along|up|down|on)\W+(?:the\W+)?(?:[\w'-]+\W+){0,3}?)?"
        r"(?:in\W+)?(?:to|into)\W+(?:the\W+)?"
    )
    if place := place_after(t, start, end, norm, lead=lead):
        return place
    if centre := _CENTRE.match(t, start, end):
        return centre_name(centre["centre"])
    m = re.match(lead, t[start:end])
    if not m:
        return None
    names = []
    for word in re.finditer(r"[a-z][\w'-]*", t[start + m.end() : end]):
        if word.start() > (len(" ".join(names)) + 1 if names else 0):
            break  # only the words right after, one space apart
        src = norm.origin(start + m.end() + word.start())
        said = norm.source[src : src + len(word.group())]
        if not said[:1].isupper() or len(names) == 3 or word.group() in _NOT_A_DESTINATION:
            break
        names.append(said)
    return " ".join(names) or None
