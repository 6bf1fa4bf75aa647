"""Travel for work: whether a person wants it, refuses it, or caps its share of their time.

"Would love some international travel in the role" is a wish; "occasional travel is OK, 10% tops",
"max 1 wk/month" (a quarter of the time) and "said 10% is his limit" after "the role is 40%
travel" are caps (a must). The role's own share ("the role is 40% travel") is not the person's.
"""

from __future__ import annotations

import re

from reading.commute import CAP
from reading.countries import COUNTRY_NAMES
from reading.gates import gated

# A role's sites, travelled between ("driving between stores", "single site only").
_SITE = r"(?:site|store|shop|branch|park|hotel|venue|restaurant|pub|unit|location|school|clinic)"
_SITES = r"(?:sites|stores|shops|branches|parks|hotels|venues|restaurants|pubs|units|locations|schools|clinics)"
# ("day trips fine" beside "no overnights" is no time away: a day trip is not read as travel)
_TRAVEL = gated(
    re.compile(
        # (an airline's "staff travel", its crew's cheap flights, is a perk, not work away)
        r"\b(?<!min )(?<!mins )(?<!minutes )(?<!hour )(?<!hours )(?<!staff )(?<!concession )(?:travel(?:l?ing)?|(?<!day )(?<!day-)trips?|time on the road|"
        r"living out of (?:a )?(?:suitcases?|hotels?)|life on the road|on the road(?! to)|hotel life|"
        # a sales rep's or a crew's days away: "not 15 days a month touring", "touring was his life"
        r"touring(?! (?:cars?|bikes?|company|companies|productions?|shows?|exhibitions?|caravans?))|"
        # the road as a life of travel: "off the road for good" (none), "loves the road"
        r"(?<!truck )(?<!van )(?<!car )(?<!lorry )(?<!vehicle )off the road(?! to)|"
        r"(?:(?<=love )|(?<=loves )|(?<=loved )|(?<=miss )|(?<=misses )|(?<=missed ))the road(?! to)|"
        r"flying|on (?:a )?planes?|(?:air|plane) travel|"
        # flights refused or counted: "no work flights", "weekly flights", "no more flights"
        r"(?:(?<=no )|(?<=more )|(?<=work )|(?<=business )|(?<=regular )|(?<=weekly )|(?<=frequent )|"
        r"(?<=monthly ))flights|(?:(?<=no )|(?<=weekly )|(?<=regular ))flight|"
        # nights away said as hotels: "nights in hotels", "no hotel stays", "away overnight"
        r"(?:(?:week|wk)\W?)?nights? (?:(?:a|per) week )?in (?:a |the )?hotels?|hotel (?:stays?|nights?)|away overnight|"
        # shoots away from home: "no more shoots abroad", "location shoots are fine"
        r"shoots?(?= (?:abroad|overseas|on location|away)\b)|(?:location|overseas|foreign|international) shoots?|"
        # travel done as a routine: "flew Riyadh-Tabuk every week", "travelled weekly" (a verdict
        # after it decides: "Hated it")
        r"(?:flew|travell?ed)(?=(?: [\w-]+){0,3} (?:every|each) (?:week|month|fortnight)\b| (?:weekly|monthly)\b)|on (?:a )?flights?|(?:(?<=won't )|(?<=wont )|(?<=will not )|(?<=doesn't )|(?<=does not )|(?<=can't )|(?<=cannot ))"
        r"fly(?=\W*$| any ?more| again| interstate| for work| at all| anywhere| (?:up|down|out) to\b| every\b| weekly\b)|(?<!fly in )(?<!fly-in )(?<!fly in, )fly(?:ing)? (?:out|over)(?![- ]fly)|team weeks|overnights?(?= away| stays?| travel| trips?| outside\b| beyond\b| fuera\b| fora\b|\W*$| (?:are |is )?(?:ok|okay|fine|no problem|not a problem|a problem|a no|out)\b| (?:(?:are|is)(?:n't| not) |not )(?:doable|possible|feasible|workable|an option|happening)\b| (?:impossible|too much)\b|"
        # nights away refused for a time, or counted: "no overnights for the foreseeable", "still no
        # overnights at all", "fine with 2-3 overnights a week again"
        r" (?:at all|for (?:now|the foreseeable|a while|the time being|the moment)|any ?more|again|these days|"
        r"until|till|while|(?:a|per|each|every) (?:week|fortnight|month))\b|"
        # nights away for the work's events: "too many overnights at regional shows"
        r" (?:at|for) (?:the |regional |trade |industry |national |sales |client )*(?:shows?|conferences?|"
        r"events?|exhibitions?|fairs?|expos?|conventions?)\b)|"
        # India's "outstation" (away from the home city): "outstation audits", "no outstation"
        r"outstation(?: (?:audits?|travel|trips?|visits?|postings?|assignments?|work|jobs?))?|"
        # work kept in their own city: "Mumbai-based clients only", "local clients only"
        r"(?:local|in[- ]city|(?:[a-z]+[- ])?based|home[- ]city|same[- ]city) (?:clients?|customers?|"
        r"accounts?|sites?|audits?|assignments?)(?= only)|"
        r"(?:only|(?<=only wants )|(?<=only want )|(?<=only takes )|(?<=only does )) ?(?:local|in[- ]city|(?:[a-z]+[- ])?based|"
        r"home[- ]city|same[- ]city) (?:clients?|customers?|accounts?|sites?|audits?|assignments?)|"
        r"nights? away|"
        # weekends spent away on the work's trips: "no weekends away (from home)"
        r"weekends? away(?: from home)?|"
        # travel between a role's sites: "driving between stores", "out and about", "out visiting
        # stores", "single site only", "cover more than one park", "a multi-site patch"
        rf"(?:driv(?:e|es|ing)|drove|getting) (?:between|round|around|across) (?:the |our |his |her |"
        rf"their |different |multiple |several |all the )?{_SITES}|out and about|"
        rf"out (?:at|in|visiting|across) (?:the |our |different |multiple )?{_SITES}|"
        rf"(?:(?:only|just) (?:one|a single)|single|one)[- ]{_SITE}(?= only)|"
        rf"(?:only|just) (?:one|a single) {_SITE}|(?:more than one|several|multiple) {_SITE}s?|"
        r"multi[- ]?(?:site|store|park|unit|venue)(?: (?:patch|role|job|position|post))?|"
        # a stay away refused ("won't stay away from home") and a night flight ("no more red-eyes")
        r"stay(?:ing|s)? away(?: from home)?(?: overnight)?|(?:time|nights?) away from home|red[- ]?eyes?|"
        # stays away from home on a site job: "no stopovers", "happy in digs", "home every night"
        r"stop-?overs?|(?<=in )digs|digs (?:paid|provided|mon|during)|overnight stays?|"
        r"(?:be |get |back )?home (?:every|each) night|"
        # a driver's time away: "OTR", "over the road", and home each day ("home daily only")
        # ("work from home every day" is where they work, not a trip)
        r"otr|over[- ]the[- ]road|(?<!from )(?<!at )(?:be |get |back )?home (?:daily|nightly|every day|each day))\b(?! (?:industry|companies|sector|tech|time|in(?!(?: (?:the|my|her|his|their|a|this|that|your|our))?(?: next| new| last| previous)? (?:role|job|position|offer)s?)\b|"
        r"into\b|to (?:the )?"
        r"office|each way|to work))"
    )
)
# a length of time right after the travel word: a journey capped, not a share of the job
_JOURNEY_CAP = re.compile(
    r"\W+(?:more than|over|longer than|beyond|past|further than|under|less than|within|max(?:imum)?|"
    r"up to|no more than)\W+(?:\d{1,3}|an|half an|one|two|ten|fifteen|twenty|twenty[- ]five|thirty|forty|"
    r"forty[- ]five|fifty|sixty|ninety)\s?(?:min(?:ute)?s?|hours?|hrs?)\b(?! (?:a|per|each) (?:week|month|year)\b)"
)
_A_JOURNEY = re.compile(r"\b(?:minutes?|mins?|hours?|each way|commute|drive|train)\b")
_HARD_CAP = re.compile(
    # ("that's when I learn the most" is what they gain, no cap)
    r"\b(?:max(?:imum)?|at most|no more than|not more than|tops|"
    r"(?<!learn )(?<!learns )(?<!grow )(?<!grows )(?<!enjoy )(?<!enjoys )(?<!like )(?<!likes )"
    r"(?<!love )(?<!loves )(?<!want )(?<!wants )(?<!value )(?<!values )the most|nothing (?:beyond|more)|"
    r"beyond|or less|limit|ceiling|but not)\b|<=|\bnothing (?:[\w']+ ){0,4}more than\b|(?:\bnot|n't) (?:\w+ ){0,3}more than"
    # ("not against more than one store" is a wish for several sites, no cap)
    rf"(?! one {_SITE}\b)"
)
# "travel 0", "zero travel": none at all
_SHARE = re.compile(r"(?P<pct>\d{1,3})\s?%|(?<=travel )(?P<zero>0)\b|\b(?P<none>zero)(?= travel\b)")
_PER_MONTH = re.compile(
    r"\b(?P<n>\d{1,2}|a couple(?: of)?|couple of|a few|few|several|a|one|two|three|four|five|six|ten)\s"
    r"(?P<unit>days?|nights?|weeks?|trips?|(?:site |client )?visits?)\s?"
    r"(?:(?:away|out|abroad|on the road|travelling|traveling|in [a-z][a-z ]{1,30}?)\s)?"
    r"(?:(?:a|per|each|every)\s|/\s?)"
    r"(?P<per>month|quarter|year|yr)\b"
)
# Working days in each period, and a trip counted as a working week (a cap in trips is kept
# generous: "a couple of trips a year" is about 4% of the time).
_DAYS_IN = {"month": 20, "quarter": 60, "year": 220, "yr": 220, "fortnight": 10, "other week": 10}
_UNIT_DAYS = {"day": 1, "night": 1, "week": 5, "trip": 5, "visit": 1}
_WORDS = {
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 3,
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
}
# The role's share, not the person's: "the role is 40% travel".
_THE_ROLES = re.compile(
    r"\b(?:role|job|position|it|they)(?:'s| is| was| were| needs| needed| requires)\W*$"
)
# "10% tops", "10% is his limit", "max 10%": a cap with nothing else in the sentence.
_BARE_CAP = gated(
    re.compile(
        r"(?:^|\bsaid\W+|\bbut\W+)(?:(?:max(?:imum)?|at most|no more than|up to)\s+)?(?P<pct>\d{1,3})\s?%\s*"
        r"(?:tops|max(?:imum)?|at most|or less|is (?:the|my|his|her|their) (?:max|limit)|is fine|is ok|"
        r"is the most(?: [\w']+){0,3})?(?:\W+so\b[^%]*)?\W*$"
    )
)


# Years spent on it, before a travel word: "after five years of living out of hotels" tells what
# was, and what they say of travel comes after it.
_SPENT_ON_IT = re.compile(r"\b(?:years?|months?|decades?|a decade) of (?:\w+ )?$")


def travel(segment: str, clause: str = "") -> tuple[float | None, bool, int, int] | None:
    """(most share of time travelling, capped?, start, end) when the segment speaks of travel;
    a share said elsewhere in the clause ("travel is OK, 10% tops") is the travel's share."""
    m = _TRAVEL.search(segment)
    if (
        m
        and _SPENT_ON_IT.search(segment, 0, m.start())
        and (later := _TRAVEL.search(segment, m.end()))
    ):
        m = later  # "after five years of living out of hotels I want no more travel": the later one
    if not m or m.group() == "trip" and _A_JOURNEY.search(clause or segment):
        return None  # "the trip to Slough would be 75 minutes": a commute
    if _JOURNEY_CAP.match(segment, m.end()):
        return None  # "won't travel more than 15 minutes to work": a commute's length, not a share
    value, capped = share(segment), bool(CAP.search(segment))
    if m.group().startswith("off the road"):
        if _VEHICLE.search(segment, 0, m.start()):
            return None  # "his truck was off the road for a month": the vehicle, not the person
        value = 0.0 if value is None else value  # "off the road for good": no travel at all
    before = segment[: m.start()]
    if (
        value is None
        and _AT_ALL.match(segment, m.end())
        and re.search(r"\b(?:no|not|never|cannot)\b|n't\b", before)
        and not _NOT_AGAINST.search(before)  # "not against travel at all": no refusal
        and not _OVERNIGHT.search(m.group())  # "no overnights at all": day trips still fine
    ):
        value = 0.0  # "can't travel at all": none, not a little
    if (
        value is None
        and _CANNOT.search(before)
        and re.match(r"travel|trips?\b", m.group())
        and not _SOME.match(segment, m.end())
        and not _QUALIFIED.search(clause or segment, 0)
    ):
        value = 0.0  # "can't travel", "unable to travel": none is possible ("can't travel much")
    if value is None and _NONE_OF_IT.search(before) and re.match(r"travel|trips?\b", m.group()):
        # "against any work travel", "won't do any travel": none, not a little ("won't do any
        # overnight travel" refuses the nights away only)
        value = 0.0
    if (
        value is None
        and re.match(r"travel|trips?\b", m.group())
        and not re.match(r"[a-z]*\W+(?:[\w%]+\W+){0,2}?than\b", segment[m.end() :])
        and re.search(r"\b(?:no|not|never)\b|n't\b", before)
        and _FOR_GOOD.match(segment, m.end())
        and not _NOT_AGAINST.search(before)
        and not _SOME_OF_IT.search(before)
    ):
        # "not travelling for work any more": given up, none ("can't do much travel any more"
        # refuses some; "no more travel" beside "home every night" is left to the nights away)
        value = 0.0
    if value is None and _EVERY_WEEK_REFUSED.search(before):
        # "no weekly travel", "just not weekly flights": that often is refused, a trip a quarter
        # is not - a cap of about a day a week, not a refusal of all travel
        value, capped = 0.2, True
    if value is None and clause:
        value = share(clause)
        capped = capped or bool(value is not None and CAP.search(clause))
    return value, capped, m.start(), m.end()


_EVERY_WEEK_REFUSED = re.compile(
    r"(?:\b(?:no|not|never)|n't)(?: \w+)?(?: more)? (?:weekly|every-?week|each-?week)\s+$"
)


# Travel given up for good, said after it ("not travelling for work any more") - not a lot of it
# ("can't do much travel any more").
_SOME_OF_IT = re.compile(
    r"\b(?:much|a lot of|lots of|so much|too much|heavy|frequent|long|regular)\s+$"
)
_FOR_GOOD = re.compile(
    r"[a-z]*\W+(?:for (?:work|the job|business)\W+)?(?:any ?more|again|for good|ever again)\b(?!\W+than)"
)


# A refusal denied right before the travel word: "not against travel", "not opposed to trips".
_NOT_AGAINST = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:against|opposed to|averse to)\s+(?:any\s+)?(?:\w+\s+)?$|"
    r"\b(?:don't|do not|doesn't|does not) mind\s+(?:\w+\s+)?$"
)
# Every trip refused, said with "any": "against any work travel", "won't do any travel", "refuses
# any trips" ("not against any travel" is denied above).
_NONE_OF_IT = re.compile(
    r"\b(?:against|won't (?:do|accept|take)|will not (?:do|accept|take)|refuses?|refused|no appetite for)"
    r"\s+any\s+(?:(?:work|business|work-related|extra)\s+)?$"
)
_SOME = re.compile(r"\s+(?:much|a lot|often|far|too|long|more|beyond|over|regularly|every)\b")
# The travel refused named more narrowly somewhere in the clause: nights away, abroad, a cap.
_QUALIFIED = re.compile(
    r"\b(?:overnights?|nights?|abroad|outside|overseas|internationally|interstate|more than|más de|"
    r"mais de|beyond|day trips?|local|only)\b"
)
_CANNOT = re.compile(r"\b(?:can't|cannot|can not|unable to|not able to)\s+(?:do\s+(?:any\s+)?)?$")
_VEHICLE = re.compile(r"\b(?:truck|van|car|lorry|vehicle|rig|bus|cab|tractor)s?\b")
_AT_ALL = re.compile(r"\W*(?:at all|whatsoever|of any kind|full stop)\b(?! times| hours| costs)")
# A share then its cap: "a night away a month, no more", "2 days a month - that's it".
_NO_MORE = re.compile(r"\b(?:(?:no|not any) more|that's (?:it|the limit|my limit))\b(?! than)")


def direction(
    segment: str, after: str, share: float | None, capped: bool, cue: str | None
) -> str | None:
    """must for a cap ("a few days a month at most", "travel <= 20%", "not weekly",
    "up to 50% is fine"), avoid for none at all ("travel 0").
    ``after`` is the rest of the clause after the travel word."""
    if share == 0:
        return "avoid"
    if _HARD_CAP.search(segment) or _HARD_CAP.search(after):
        return "must"
    if share is not None and (capped or _NO_MORE.search(after)):
        return "must"  # "up to 50% is fine": the labelled sets take a share with "up to" as a cap
    return cue


# A share said as a fraction of their time: "up to a quarter of the time", "half her time".
_FRACTION = re.compile(
    r"\b(?P<f>a quarter|one quarter|a third|one third|two thirds|half|a fifth|one fifth|a tenth|"
    r"one tenth)(?: of)? (?:the|my|his|her|their) time\b"
)
_FRACTIONS = {
    "quarter": 0.25,
    "third": 0.33,
    "two thirds": 0.67,
    "half": 0.5,
    "fifth": 0.2,
    "tenth": 0.1,
}


def share(text: str) -> float | None:
    """The share of time in ``text``: "10%", "1 week a month" (0.25), "2 days per month" (0.1),
    "a quarter of the time" (0.25)."""
    for found in _SHARE.finditer(text):
        if found["zero"] or found["none"]:
            return 0.0
        if not _THE_ROLES.search(text[: found.start()]):
            return int(found["pct"]) / 100
    fraction = _FRACTION.search(text)
    if fraction and not _THE_ROLES.search(text[: fraction.start()]):
        said = fraction["f"]
        return _FRACTIONS.get(said, _FRACTIONS.get(said.split()[-1]))
    per_month = _PER_MONTH.search(text)
    if per_month:
        word = per_month["n"]
        n = int(word) if word.isdigit() else _WORDS.get(word, 1)
        unit = per_month["unit"].split()[-1].rstrip("s")
        return round(n * _UNIT_DAYS[unit] / _DAYS_IN[per_month["per"]], 2)
    return None


# A role's travel by how often: "about 40% of the time on the road", "a week in Jakarta every
# quarter", "a trip to Bangkok most months", "monthly trips to suppliers".
_ROLE_SHARE = gated(
    re.compile(
        r"(?P<pct>\d{1,2})\s?% of (?:the|your|their) time (?:on the road|travell?ing|away|abroad)|"
        # "travel to Lima, Bogotá and Quito about 50% of the time": the places named between
        r"\btravel(?:s|ling|ing|led)?\b[^.;\n%]{1,50}?\b(?P<pct2>\d{1,2})\s?% of (?:the|your|their) time\b|"
        r"\b(?:(?P<n>a|one|two|three|\d) (?:(?P<unit>weeks?|days?|nights?) (?:away |abroad |on the road )?"
        r"(?:in|at|to) (?!(?:the|our|your) (?:office|hq|head ?office|headquarters))[^.;\n]{1,40}? |"
        # "two company offsites a year": a gathering away counts as a trip
        r"(?:(?:company|team|all-hands|staff) )?(?P<trips>trips?|offsites?|off-sites?|retreats?) "
        r"(?:(?:abroad |away )?(?:in|at|to) [^.;\n]{1,40}? )?)"
        # "a night in the Leeds office every other week": a fortnight's ten working days
        r"(?:every|each|a|per) (?P<per>month|quarter|year|fortnight|other week)|"
        # a field role's days out: "three days a week visiting customers", "two days a week on the
        # road" ("three days a week in the office" is office days, not travel)
        r"(?P<n5>one|two|three|four|[1-4]) days? (?:a|per|each) week (?:out )?(?:visiting|with|at|on the road"
        r"(?: visiting)?)(?: (?:our |your |the )?(?:customers|clients|customer sites|client sites|stores|branches|"
        r"accounts))?(?<!with)(?<!at)(?<!visiting)\b|"
        r"(?:a |one )?trips? to [^.;\n]{1,30}? (?:most|every|each) (?P<per2>months?|quarters?|weeks?)|"
        # "broker visits interstate (Brisbane and Perth) about once a month", "trips to site twice
        # a quarter", "monthly visits to the Darwin office"
        # "on-site QBRs in Leeds and Dublin about once a month": a day at the customer's
        r"(?P<what>visits?|trips?|travel|on-?site|on site)\b[^.;\n]{0,60}?\b(?:about |around |roughly |at least |up to )?"
        r"(?P<often>once|twice|(?:two|three|2|3) times) (?:a|per|every|each) (?P<per3>week|month|quarter|year)|"
        # "quarterly week-long trips to Basel", "monthly two-day site visits": the length between
        r"(?P<per4>weekly|monthly|quarterly) (?:(?P<len4>week[- ]long|(?:two|three|[2-5])-day) )?"
        r"(?P<what4>visits?|trips?|travel)\b|"
        # gatherings away, about a week each: "two team offsites a year", "an annual retreat"
        r"(?P<no>an?|one|two|three|four|[1-4]) (?:(?:team|company|in-person|all-hands)[ -])?(?:offsites?|"
        r"off-sites?|retreats?|meetups?|team weeks?) (?:a|per|every|each) (?P<pero>year|quarter)|"
        r"(?P<per5>annual|yearly|quarterly) (?:(?:team|company|in-person|all-hands)[ -])?(?:offsites?|off-sites?|"
        r"retreats?|meetups?)\b)\b"
    )
)
_OFTEN = {"once": 1, "twice": 2, "two times": 2, "2 times": 2, "three times": 3, "3 times": 3}
_PER_LY = {"weekly": "week", "monthly": "month", "quarterly": "quarter"}


def role_share(text: str) -> float | None:
    """The share of a role's time on the road its text states by how often, or None."""
    m = _ROLE_SHARE.search(text.lower())
    if not m:
        return None
    if m["pct"] or m["pct2"]:
        return int(m["pct"] or m["pct2"]) / 100
    if m["per2"]:
        return {"w": 1.0, "m": 0.25, "q": 0.08}[m["per2"][0]]  # a trip (a week) that often
    if m["pero"] or m["per5"]:
        word = m["no"] or "a"
        n = int(word) if word.isdigit() else _WORDS.get(word, 1)
        per = m["pero"] or ("quarter" if m["per5"] == "quarterly" else "year")
        return round(n * _UNIT_DAYS["week"] / _DAYS_IN[per], 2)  # a week away each time
    if m["per3"] or m["per4"]:
        what = (m["what"] or m["what4"]).rstrip("s")
        days = _UNIT_DAYS["visit" if what == "visit" else "trip"] * _OFTEN.get(
            m["often"] or "once", 1
        )
        if m["len4"]:
            # the length said: a week-long trip is a working week, a two-day visit two days
            days = (
                5
                if m["len4"].startswith("week")
                else _WORDS.get(m["len4"][:-4], 0) or int(m["len4"][0])
            )
        per = m["per3"] or _PER_LY[m["per4"]]
        return min(1.0, round(days / (5 if per == "week" else _DAYS_IN[per]), 2))
    if m["n5"]:
        return (_WORDS.get(m["n5"]) or int(m["n5"])) / 5
    n = _WORDS.get(m["n"], 1) if not m["n"].isdigit() else int(m["n"])
    unit = (m["unit"] or m["trips"]).rstrip("s")
    # a night away is the day there and the day back; a gathering away is a trip
    days = n + 1 if unit == "night" else n * _UNIT_DAYS.get(unit, _UNIT_DAYS["trip"])
    return round(days / _DAYS_IN[m["per"]], 2)


def bare_cap(sentence: str) -> float | None:
    """The share of a sentence that is only a cap ("said 10% is his limit"), when it has a cap word."""
    m = _BARE_CAP.search(sentence)
    if not m or not (CAP.search(sentence) or "limit" in sentence or "the most" in sentence):
        return None
    return int(m["pct"]) / 100


# Travel at home only: "domestic only", "no long-haul", "won't travel internationally", "within
# India but not abroad" - a must whose scope is the home country (``scope``: domestic).
_HOME = rf"(?:country|home country|{COUNTRY_NAMES})"
_DOMESTIC = gated(
    re.compile(
        r"\b(?:domestic(?:ally)?(?: travel| trips?)? only|"
        r"only domestic(?:ally)?|domestic(?: travel| trips?)? is (?:fine|ok)|"
        r"no (?:long[- ]haul|international|overseas|foreign)(?: travel| trips?| flights?)?|"
        r"no (?:more )?(?:trips?|travel|shoots?|visits?|assignments?) (?:abroad|overseas)|"
        # the trips abroad ruled out after them: "international travel not possible for me",
        # "travel abroad is out", "overseas trips are off the table" ("... not a problem" is none)
        r"(?:(?:international|overseas|foreign|long[- ]haul)(?: travel| trips?| flights?)|"
        r"(?:travel|trips?) (?:abroad|overseas)) (?:(?:(?:is|are)(?: not|n't)|not) (?:possible|"
        r"an option|doable|feasible|happening|workable)|(?:(?:is|are) )?(?:impossible|"
        r"out(?! of (?!the question))|out of the question|off the table|a no(?:-go)?))\b|"
        # ("cant", "wont", "cannot" whole words; "not against travel abroad" refuses nothing)
        r"(?:not|never|(?<=n)'t|cant|wont|dont|cannot) (?!(?:against|opposed|averse|mind)\b)(?:\w+ ){0,2}(?:abroad|overseas|"
        r"internationally|long[- ]haul|international(?: travel| trips?)?)|"
        r"within (?:the )?(?:country|uk|us|india|ireland|canada|nigeria|"
        r"[a-z]+ only)\b(?:\W+\w+){0,3}\W+(?:but )?not abroad|"
        # "won't travel outside the UAE", "as long as it's within the country", "inside KSA only":
        # the border named ("outside office hours" names none)
        rf"(?:not|never|(?<=n)'t|cant|wont|dont|cannot) (?:\w+ ){{0,2}}outside (?:of )?(?:the )?{_HOME}|"
        rf"(?:only|as long as (?:it'?s|it is)|provided (?:it'?s|it is)|if (?:it'?s|it is)) (?:within|inside) "
        rf"(?:the )?{_HOME}|(?:within|inside) (?:the )?{_HOME} only)\b"
    )
)


def domestic(clause: str) -> bool:
    """Whether the clause keeps travel to the home country."""
    return bool(_DOMESTIC.search(clause))


def mentioned(text: str) -> bool:
    return bool(_TRAVEL.search(text))


# The kind of travel a mention names (``kind``): time away overnight ("no overnights", "won't
# stay away from home", "home every night") or flying ("won't fly", "no more red-eyes", "no
# flights"). A role's travel of that kind (``reading.role_travel``) is what it is set against:
# "day trips fine, no overnights" against "day trips only" is met, against "two nights away a
# week" not; "happy to drive, won't fly" against a company-car territory is met.
_OVERNIGHT = re.compile(
    r"\b(?:overnights?|nights? away|weekends? away|overnight stays?|stop-?overs?|digs|stay(?:ing|s)? away|"
    r"away from home|home (?:every|each) night|home (?:daily|nightly|every day|each day)|"
    r"nights? (?:(?:a|per) week )?in (?:a |the )?hotels?|hotel (?:stays?|nights?)|away overnight)\b"
)
_FLYING = re.compile(r"\b(?:fly|flying|flights?|planes?|red[- ]?eyes?|air travel|by air)\b")
# Trips measured in nights, said right after the mention: "field trips over two nights".
_NIGHTS_LONG = re.compile(
    r"\W*(?:over|of over|of more than|longer than|beyond|past|more than|exceeding|of) (?:\w+ |\d+ )?"
    r"nights?\b"
)


def kind(mention: str, after: str = "") -> str | None:
    """``overnight`` or ``flying`` for a travel mention of that kind (``after``: the words that
    follow it), else None."""
    if _OVERNIGHT.search(mention) or _NIGHTS_LONG.match(after):
        return "overnight"
    return "flying" if _FLYING.search(mention) else None


# A condition said as what would put them off: "if the role involves weekly flights, she's out",
# "if there's travel, it's a no from me" - the travel named in the "if" is refused.
_IF_BEFORE = re.compile(r"\b(?:if|should)\b[^.;!?\n]*$", re.I)
_OUT_AFTER = re.compile(
    r"[^.;!?\n]{0,25}?(?:\s*[,\-–—]\s*|\s+)(?:then\s+)?(?:(?:she|he|they|i|we)(?:'s|'re|'m| is| are| am)|"
    r"(?:it|that)(?:'s| is)|(?:it|that)'?ll be)\s+(?:out|a no|a hard no|a (?:deal|non)[- ]?(?:breaker|starter)|"
    r"not interested|a no[- ]go)\b(?! of\b)",
    re.I,
)


def refused_if(text: str, start: int, mention_start: int, mention_end: int) -> bool:
    """Whether the travel at ``text[mention_start:mention_end]`` is what an "if ..., she's out"
    refuses (``start``: where the sentence or clause begins)."""
    return bool(
        _IF_BEFORE.search(text, start, mention_start) and _OUT_AFTER.match(text, mention_end)
    )
