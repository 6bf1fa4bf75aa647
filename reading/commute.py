"""The commute: how long a person will travel to work, or that the journey is what they refuse.

People name it as a commute ("45 minutes tops"), by how they travel ("under 30 minutes by bike",
"reachable by train within an hour", "the M25 drive killed him"), or by complaining about it
("two hours a day on Southern Rail and she's had enough"). A cap said in the next sentence
("won't do a 90 minute commute again - 45 minutes tops") is the commute's cap.
"""

from __future__ import annotations

import re

# A journey capped by its length: "under 25 km", "max 40km", "within 10 miles" (a cap word before
# it, so "drove 300 miles to the interview" is no cap).
_DISTANCE = (
    r"(?:under|less than|within|max(?:imum)?|at most|no more than|not more than|up to|no further than)"
    r" (?:a )?\d{1,3}(?:[.,]\d)? ?(?:km|kms|kilometres?|kilometers?|miles?|mi)"
)
_LENGTH = re.compile(
    _DISTANCE.replace(r"\d{1,3}(?:[.,]\d)?", r"(?P<n>\d{1,3}(?:[.,]\d)?)", 1).replace(
        "(?:km|kms", "(?P<unit>km|kms", 1
    )
    + r"\b"
)
# Minutes a journey of one unit takes by car or train, door to door, on a working day's roads.
_MINUTES_PER = {"km": 1.5, "mile": 2.4}
# A train service by its name: "three days a week on the Avanti to Euston", "by Caltrain".
TRAIN_SERVICES = (
    r"avanti|lner|gwr|thameslink|southeastern|transpennine|scotrail|c2c|chiltern|crosscountry|"
    r"elizabeth line|metrolink|merseyrail|caltrain|bart|metra|lirr|nj transit|septa|marta|amtrak|"
    r"go train|skytrain|luas"
)
_MODE = (
    r"(?:bike|bicycle|cycle|train|tube|car|foot|bus|public transport|underground|overground|metro|tram|"
    + TRAIN_SERVICES
    + r")"
)
_COMMUTE = re.compile(
    r"\b(?:commut(?:e|es|ing)|journey|travel time|round[- ]trip|door to door|each way|on the train|"
    r"closer to home|close to home|\d+ ?min(?:ute)?s? (?:from|away|of)|within (?:an hour|half an hour|"
    r"\d+ ?min(?:ute)?s?) of|(?<!work )(?<!working )(?<!based )"
    r"(?<!no )(?<!rest )(?<!away )(?<!requirements )(?<!requirement )(?<!requests )(?<!questions )"
    r"(?<!news )(?<!feedback )(?<!update )(?<!input )(?<!nothing )(?<!thanks )from (?:me|home|my house|(?:his|her|their) (?:house|home|place))|walking distance|"
    rf"(?:walk|cycle|bike|walking|cycling|biking|drive|driving)(?: or \w+)? (?:in )?(?:to|into) (?:the )?"
    r"(?:office|work)|"
    # "no more than half an hour in the car", "an hour behind the wheel"
    # the trip into the centre: "not going into the CBD", "won't head downtown every day"
    r"(?:going|go|get|getting|heading|head|travell?ing|trek(?:king)?)(?= (?:in(?:to)? |to )?(?:the )?"
    r"(?:cbd|city cent(?:re|er)|downtown|town cent(?:re|er))\b)|"
    # a drive by its crossing: "fine driving over the bridge to Bristol", "driving through the
    # tunnel every day"
    r"(?:drive|driving|drives|drove)\s+(?:over|across|through|under|via)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:bridges?|tunnels?|river|estuary|crossing|pass|causeway)\b|"
    rf"(?:by|on) (?:the )?{_MODE}|in the car\b|behind the wheel|(?:take|takes|taking|catch|get) (?:the |a )?(?:bus|train|tube|tram|metro|ferry)\b|(?:reachable|accessible|doable) (?:by|on)|on the [a-z]+ line|"
    r"\d+[- ]?min(?:ute)?s?'? (?:ride|walk|cycle|drive|train)|"
    # a reach in time: "somewhere she can get to in under 45 mins"
    r"(?:get|getting) (?:to|there|in|into)(?: (?:the )?(?:office|work))? (?:in|within) (?:under |less than )?"
    r"(?:an hour|half an hour|\d+ ?min(?:ute)?s?)|"
    # a road driven daily: "can't do the M25 daily", "the A14 every day"
    # ... or by its number alone, as in Ontario and California: "the 401 to Mississauga", "the
    # 405 every day" (not "the 401k", "the 3 days")
    r"(?<!beats )(?<!beat )(?<!beating )(?<!avoids )(?<!avoid )(?:the \d{1,3}(?= (?:to|into|from|"
    r"every ?day|daily|each day|twice a day|at rush|in rush)\b)|the [amn]\d{1,3}(?!\w)|the (?:[a-z]+ )?(?:freeway|motorway|expressway|tollway)(?! (?:exit|is close)))|"
    # a US interstate driven: "won't sit on I-35E in rush hour", "I-95 every day" (not the
    # I-9 or I-130 forms: the road only after "on"/"via"/"take" or before its traffic)
    # (driven, not seen: "a rollover I saw on I-20" is no journey of theirs)
    r"(?:(?:sit|sits|sitting|stuck|drive|drives|driving|crawl|crawling|commute|commuting|slog|do|doing) "
    r"(?:along |up |down )?(?:on )?|(?:via|take|takes|taking) )(?:the )?i-?\d{1,3}[a-z]?(?![\w-])|"
    r"i-\d{1,3}[a-z]?(?= (?:every ?day|daily|each day|at rush|in rush|traffic|commute)\b)|"
    # a journey's length capped by how they go: "won't drive more than 20 minutes", "won't ride
    # past half an hour", "won't travel over 25 mins to work"
    r"(?:drive|driving|ride|riding|cycle|cycling|walk|walking|bus|train|travel|travell?ing)\W+(?:\w+\W+){0,2}?(?:more than|"
    r"over|longer than|beyond|past|further than|under|less than|within|max(?:imum)?)\W+(?:\d{1,3}|an|half an|"
    r"one|two|ten|fifteen|twenty|thirty|forty|forty[- ]five|fifty|sixty|ninety)\s?(?:min(?:ute)?s?|hours?|"
    r"hrs?|h)(?! (?:a|per|each) (?:week|month|year)\b)|"
    r"(?<=a )(?:long |short |quick |easy )?(?:train ride|train journey|bus ride)|"
    r"(?:drive|driving|train ride|trek)(?= (?:killed|kills|was|is|in\b|into|each|every|home|there|to work|"
    r"to the office))|(?:(?<=the )|(?<=his )|(?<=her )|(?<=my ))(?:[\w-]+ )?(?:drive|train ride)\b(?! (?:to (?:succeed|learn|win|"
    r"grow|improve|deliver)|and|for|behind))|(?:\d+|two|three|four) hours? a day on|"
    # a reach in distance: "within 25 km", "no more than 15 miles away", "a 20-mile radius"
    rf"{_DISTANCE}(?: (?:away|from|of|radius|each way|one way|round trip)\b)?|"
    r"\d{1,3}[- ]?(?:km|kilometre|kilometer|mile) radius)\b"
)
_MINUTES = re.compile(
    r"(?P<h>\d)\s?h(?:rs?|ours?)?\s?(?P<hm>\d{2})\b|(?P<n>\d{1,3})\s?(?:-\s?\d{1,3}\s?)?-?(?:min(?:ute)?s?|m)\b|(?P<half>half (?:an )?hour)|"
    r"(?P<hourhalf>an hour and a half|hour and a half|1\.5 (?:hours?|hrs?))|(?P<hour>an hour|one hour|"
    r"1 ?(?:hour|hr))|(?<![\d.])(?P<hours>\d(?:[.,]\d{1,2})?|two|three|four) ?(?:hours?|hrs?|h)\b|"
    # "ten minutes from the DC", "twenty mins by bike"
    r"(?P<words>five|ten|fifteen|twenty|twenty[- ]five|thirty|forty|forty[- ]five|fifty|sixty|ninety)"
    r" ?min(?:ute)?s?\b|(?:within|under|less than|max|at most|no more than) "
    r"(?P<bare>\d{2,3})\b(?! ?(?:k|%|days?|mi))"
)
CAP = re.compile(
    r"\b(?:max(?:imum)?|at most|no more than|not more than|under|less than|within|up to|tops|limit|"
    r"or less|cap)\b|(?:\bnot|n't|\bnever) (?:\w+ ){0,3}(?:more than|past|beyond|longer than|further than)\b"
)
# The journey is what hurts: a refusal even without a negation next to the word.
HURTS = re.compile(
    r"\b(?:too (?:much|far|long)|long|killed|killing|draining|exhausting|brutal|nightmare|awful|grim|"
    r"main reason|the reason (?:he|she|they|i)(?:'s| is| are|'m| am)? leaving|had enough|never again|"
    r"not again|nearly broke|broke (?:him|her|them|me)|won't do that again|can't do that(?: again)?|"
    r"couldn't do that|can't manage that|"
    # "55 min each way on the M62, couldn't face it", "the drive to Bury - can't hack it any more"
    r"(?:couldn't|could not|can't|cannot|can not) (?:face|hack|stand|cope with|hack) (?:it|that|the (?:drive|"
    r"commute|journey|travel|traffic))|"
    # "2.5 hrs each way - won't do that daily"
    r"(?:won't|will not|not going to|refuses to) do (?:that|it|this)|not doing (?:that|it|this)|"
    r"(?:would|will|'d|'ll) kill|kills (?:me|him|her|them))\b"
)
# "45 minutes tops", "max an hour": a cap on minutes with no other word for what is capped.
_BARE_CAP = re.compile(
    r"(?:^\W*|\bsaid\W+|\bbut\W+)(?:(?:max(?:imum)?|at most|no more than|up to|under)\s+)?(?P<m>\d{1,3}\s?(?:min(?:ute)?s?|m)\b|"
    r"an hour|half an hour|an hour and a half)(?:\s+(?:each way|one way))?\s*(?:tops|max(?:imum)?|at most|"
    r"or less|is (?:the|my|his|her|their) (?:absolute |hard |upper |outside )?(?:max|limit))?\W*$"
)


_WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "forty five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}


def commute(segment: str) -> tuple[int | None, bool, int, int] | None:
    """(most minutes, capped?, start, end) when the segment speaks of the commute."""
    m = _COMMUTE.search(segment)
    if not m:
        return None
    return minutes(segment), bool(CAP.search(segment)), m.start(), m.end()


def distance(text: str) -> tuple[float, str] | None:
    """A journey's length under a cap word, as (number, "km" or "mile"): "under 25 km" ->
    (25.0, "km"); "drove 300 miles" says no length to keep to."""
    m = _LENGTH.search(text)
    if not m:
        return None
    unit = "km" if m["unit"].startswith("k") else "mile"
    return float(m["n"].replace(",", ".")), unit


def length_said(text: str) -> str | None:
    """The cap as said when it is a distance, not a time: "25 km", "10 miles"."""
    if _MINUTES.search(text) or not (said := distance(text)):
        return None
    n = f"{said[0]:g}"
    return f"{n} km" if said[1] == "km" else f"{n} mile" + ("" if n == "1" else "s")


def minutes(text: str) -> int | None:
    mm = _MINUTES.search(text)
    if not mm:
        if said := distance(text):
            # "max 40 km": about an hour, so a cap said in distance bounds as one said in time
            return round(said[0] * _MINUTES_PER[said[1]])
        return None
    if mm["h"]:
        return 60 * int(mm["h"]) + int(mm["hm"])  # "1h15"
    if mm["n"]:
        return int(mm["n"])
    if mm["half"]:
        return 30
    if mm["hourhalf"]:
        return 90
    if mm["hour"]:
        return 60
    if mm["hours"]:
        hours = _WORD_NUMBERS.get(mm["hours"]) or float(mm["hours"].replace(",", "."))
        return round(60 * hours)  # "2.5 hrs each way": 150
    if mm["words"]:
        return _WORD_NUMBERS[mm["words"].replace("-", " ")]
    return int(mm["bare"])


def bare_cap(sentence: str) -> int | None:
    """The minutes of a sentence that is only a cap ("45 minutes tops."), when it has a cap word."""
    m = _BARE_CAP.search(sentence)
    if not m or not CAP.search(sentence):
        return None
    return minutes(m.group())


def mentioned(text: str) -> bool:
    return bool(_COMMUTE.search(text))


# A journey said by where it starts: "two hours from Rongai", "an hour and a half each way from
# Ealing", "commutes in from Jurong every day", "travels in from Woking". The place after "from"
# is where they live, not a place they want to work in.
_DURATION = (
    r"(?:\d\s?h(?:rs?|ours?)?\s?\d{2}|\d{1,3}\s?(?:-\s?\d{1,3}\s?)?(?:min(?:ute)?s?|m)\b|half an hour|"
    r"(?:an|one) hour and a half|hour and a half|(?:an|one|1|two|2|three|3|four|4|1\.5|2\.5)\s?(?:hours?|hrs?|h)\b|"
    r"(?:five|ten|fifteen|twenty|twenty[- ]five|thirty|forty|forty[- ]five|fifty|sixty|ninety) ?min(?:ute)?s?)"
)
_FROM_JOURNEY = re.compile(
    rf"(?P<d>{_DURATION})(?:\s+(?:each way|one way|door to door|a day|on the (?:train|bus|tube)|by "
    r"(?:train|bus|car|tube)|in the car|away|commute|drive|journey|ride|trek))*\s+from\s+(?=\S)|"
    r"\b(?:commut(?:e|es|ing)|travel(?:s|ling|ing)?|trek(?:s|king)?|drives?|driving|schleps?|"
    r"comes?|coming)\s+(?:in\s+|up\s+|down\s+|over\s+)?(?:all the way\s+)?from\s+(?=\S)"
)
# Someone who lives out of the way, said as the trek: "lives out in Tuas, it's a trek".
_LIVES_OUT = re.compile(
    r"\b(?:lives?|living|based|stays?)\s+(?:way\s+|right\s+)?out\s+(?:in|at)\s+(?=\S)"
)
_TREK_AFTER = re.compile(
    r"[^.!?;\n]{0,40}?\b(?:a (?:real |proper |bit of a |long )?(?:trek|schlep|slog|hike|mission|"
    r"journey)|(?:so|too|really|very) far|miles from (?:anything|everything|town)|a long way)\b"
)


def journeys_from(text: str) -> list[tuple[int | None, int, int]]:
    """(minutes or None, start, end of "… from ") for each journey said by where it starts;
    the place follows at ``end``."""
    found = [
        (minutes(m["d"]) if m["d"] else None, m.start(), m.end())
        for m in _FROM_JOURNEY.finditer(text)
    ]
    for m in _LIVES_OUT.finditer(text):
        if _TREK_AFTER.match(text, m.end()):
            found.append((None, m.start(), m.end()))
    return found
