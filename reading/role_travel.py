"""How much a role travels, and whether its travel crosses a border.

The share is said as a figure ("up to 30% travel"), in words ("half the time at client sites"),
by the month ("one week a month at the Stuttgart head office"), or by a driver's time on the
road ("OTR, out three weeks"; "local, home daily" is none). Abroad is said so ("international
travel"), or a travel line names a country other than the role's own.
"""

from __future__ import annotations

import re

from reading.countries import country_of, region_of
from reading.role_no_travel import says_no_travel
from reading.role_travel_periodic import periodic_week_share
from reading.travel import role_share

# The kind of travel may stand between the share and the word: "40% outstation travel",
# "about 30% international travel".
_TRAVEL_KIND = (
    r"(?:(?:outstation|domestic|international|overseas|regional|national|field|client|site|"
    r"business|customer|territory)\s+)?"
)
_TRAVEL = re.compile(
    rf"(?:up to|around|about|~)?\s*(\d{{1,2}})\s?%\s*(?:of the time\s*)?{_TRAVEL_KIND}travel|"
    r"travel(?:[^.]|(?<=\bapprox)\.|(?<=\bca)\.|(?<=\bc)\.){0,30}?(\d{1,2})\s?%",
    re.I,
)
# The share said in words: "about half the time on site at the plants", "a third of your time
# at client sites", "a quarter of the time on the road" (a place in the plural, or travelling).
_SHARES = {"half": 0.5, "a third": 0.33, "one third": 0.33, "a quarter": 0.25, "a fifth": 0.2,
           "two thirds": 0.67, "most": 0.6}  # fmt: skip
_TRAVEL_SHARE_WORDS = re.compile(
    r"\b(half|a third|one third|a quarter|a fifth|two thirds|most)\s+(?:of\s+)?(?:the|your|their|"
    r"his|her)\s+time\s+(?:is\s+)?(?:travel\w*|on the road|away|abroad|(?:on[- ]?site\s+)?"
    r"(?:at|with|visiting|in)\s+(?:the\s+|our\s+|client\s+|customer\s+)?(?:\w+\s+)?"
    r"(?:plants|sites|clients|customers|branches|stores|factories|projects))\b",
    re.I,
)
# ... said after the travel: "travel to client sites about a quarter of the time", "customer
# visits take up to half your time".
_TRAVEL_THEN_SHARE_WORDS = re.compile(
    r"\b(?:travel\w*|trips?|visits?|on the road)\b[^.\n;]{0,60}?\b(half|a third|one third|a quarter|"
    r"a fifth|two thirds)\s+(?:of\s+)?(?:the|your)\s+(?:working\s+)?time\b",
    re.I,
)
# Days away by the month, counted: "roughly 5 days a month abroad", "8 days a month travelling".
_DAYS_A_MONTH_AWAY = re.compile(
    r"\b([1-9]|1[0-5])\s+days?\s+(?:a|per|each|every)\s+month\s+(?:abroad|overseas|away|on the road|"
    r"travell?ing|on business trips)\b",
    re.I,
)
# The share said as the hire's time, on a line of travel: "trips to the sites in Riyadh and
# Doha, up to 40% of your time" (not "our field engineers are on the road 60% of the time").
_TRAVEL_YOUR_TIME = re.compile(
    r"\b(?:travel\w*|trips?|visits?|on the road|away)\b[^.\n;]{0,80}?(?<![\d.])(\d{1,2})\s?%\s+of\s+your\s+"
    r"(?:working\s+)?(?:time|week|month)",
    re.I,
)


def _your_time(text: str) -> float | None:
    """The share of the hire's time on the road, said after the travel (see above)."""
    if found := _TRAVEL_YOUR_TIME.search(text):
        return int(found.group(1)) / 100
    if found := _TRAVEL_THEN_SHARE_WORDS.search(text):
        return _SHARES[found.group(1).lower()]
    if found := _DAYS_A_MONTH_AWAY.search(text):
        return round(min(1.0, int(found.group(1)) / 20), 2)  # of some 20 working days
    return None


# Time away by the month: "one week a month at the Stuttgart head office", "two weeks a month on
# site for launches", "3 days a month at the client" (a week or more a week is office days).
_AWAY_BY_MONTH = re.compile(
    # "a few days a month on site in Porto": a few is three
    r"\b(one|two|three|a few|a couple of|a|an|[1-3])\s+(weeks?|days?)\s+(?:a|per|each|every)\s+month\b"
    r"(?=[^.\n;]{0,40}?\b(?:at|in|on[- ]?site|on the road|travel\w*|visiting|to)\b)",
    re.I,
)
# ... said after the trips: "travelling to Singapore and Tokyo about one week a month", "with
# travel to targets across Europe most weeks".
_TRAVEL_THEN_HOW_OFTEN = re.compile(
    r"\btravel\w*\s+(?:to|across|around|between|into|out to)\b[^.\n;]{0,60}?\b(?:(?P<n>one|two|three|a|an|[1-3])\s+(?P<unit>weeks?|days?)\s+(?:a|per|each|"
    r"every)\s+month|(?P<most>most|every|each)\s+weeks?)\b|"
    # days away counted by the month: "touring 15 to 20 days a month", "on the road 12 days a month"
    r"\b(?:touring|on tour|on the road|travell?ing|away)\s+(?:for\s+)?(?P<days>\d{1,2})"
    r"(?:\s*(?:to|-|–)\s*\d{1,2})?\s+days?\s+(?:a|per|each|every)\s+month\b",
    re.I,
)
_COUNT = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "a few": 3, "a couple of": 2}

# Time away by the week: "on the road three days a week visiting schools", "visiting stores four
# days a week", "two nights a week away", "three days a week in the field" (days in an office,
# "two days a week away from the office", are office days or home days, not travel).
_WEEK_AWAY = (
    r"(?:on the road|travell?ing|out visiting|out and about|in the field|out in the field|"
    r"visiting (?:\w+ ){0,2}?(?:schools|clients|customers|sites|stores|branches|trusts|practices|"
    r"farms|accounts|partners|members|colleges|hospitals|clinics|surgeries|nurseries|pharmacies|shops)|"
    r"at (?:client|customer) sites)"
)
_N_DAYS = r"(?P<n>one|two|three|four|five|a couple of|[1-5])\s+(?:days?|nights?)\s+(?:a|per|each|every)\s+week"
_AWAY_BY_WEEK = (
    re.compile(rf"\b{_WEEK_AWAY}\b[^.;\n]{{0,50}}?\b{_N_DAYS}\b", re.I),
    re.compile(
        rf"\b{_N_DAYS}\s+(?:away\b(?!\s+from\s+(?:the|our|your)\s+(?:office|desk))|{_WEEK_AWAY}\b)",
        re.I,
    ),
)
_DAYS_COUNT = {**_COUNT, "four": 4, "five": 5}


def _away_by_week(terms: str) -> float | None:
    """The share of a five-day week spent on the road, said by the week."""
    found = next((m for p in _AWAY_BY_WEEK if (m := p.search(terms))), None)
    if not found:
        return None
    said = found["n"].lower()
    n = _DAYS_COUNT.get(said) or int(said)
    return round(min(1.0, n / 5), 2)


# A driver's time away from home: "over-the-road, out three weeks", "OTR", "regional, home
# weekends" - most of the time away ("local, home daily" is none).
_ON_THE_ROAD = re.compile(
    # a travel nurse's or therapist's assignment: living away from home for the contract
    r"\btravel (?:contracts?|assignments?|nurs(?:e|es|ing)|rns?|lpns?|cnas?|therap(?:ist|y)|techs?)\b|"
    r"\b(?:otr|over[- ]the[- ]road|out (?:two|three|four|2|3|4)(?: to (?:three|four|3|4))? weeks|"
    r"out for weeks|home (?:weekly|every weekend|on weekends|every other week)|"
    # the trades' crews that follow the work: "travelling tie-in crew", "a travel crew", "road crew"
    r"travell?ing (?:(?:tie-in|pipeline|storm|shutdown|construction|welding|line) )?crews?|"
    r"travel crews?)\b",
    re.I,
)

# A driving job: its "home daily" is the opposite of over-the-road (a sales rep's "home every
# night" still travels the territory).
_DRIVING_JOB = re.compile(
    r"\b(?:driver|cdl(?:-a)?|class a|trucking|p&d|dry van|reefer|flatbed|tanker|shuttles?|routes?|"
    r"hauls?|hauling|freight)\b",
    re.I,
)
_HOME_DAILY = re.compile(r"\bhome (?:daily|every night|each night|nightly|every day)\b", re.I)


def _travel_share(terms: str) -> float | None:
    if found := _TRAVEL.search(terms):
        return int(next(g for g in found.groups() if g)) / 100
    if found := _TRAVEL_SHARE_WORDS.search(terms):
        return _SHARES[found.group(1).lower()]
    if (share := _your_time(terms)) is not None:
        return share
    if found := _AWAY_BY_MONTH.search(terms):
        n = _COUNT.get(found.group(1).lower()) or int(found.group(1))
        per_month = 4.33 if found.group(2).lower().startswith("week") else 21.7
        return round(min(1.0, n / per_month), 2)
    if (share := _how_often(terms)) is not None:
        return share
    if (share := _away_by_week(terms)) is not None:
        return share
    if (share := periodic_week_share(terms)) is not None:
        return share  # "monthly week in New York with the US team"
    if _NO_TRAVEL.search(terms):
        return 0.0  # said to have none ("zero travel required" is not "travel required")
    if _TRAVEL_WORDS.search(terms):
        return 0.4
    if _OCCASIONAL.search(terms):
        return 0.05  # "occasional day trips to the plant": a little, not none
    if _ON_THE_ROAD.search(terms):
        return 0.8
    if _HOME_DAILY.search(terms) and _DRIVING_JOB.search(terms):
        return 0.0  # a local route: home every night, no time on the road away
    return None


# A role said to have none: "No travel: all demos are virtual", "Travel: none", "zero travel
# required" (not "no travel for the first month", "no travel budget", "no travel except offsites").
_NO_TRAVEL = re.compile(
    # ("One flagship store, no travel": a term after a comma too)
    # ("No regular travel - one UK site, one board": none as a routine is none)
    r"(?:^|[\n;.•,]\s*|\bremote\W+)(?:(?:no|zero) (?:regular |routine )?(?:business |work |customer |client )?"
    r"travel(?: (?:required|"
    r"needed|involved|expected|at all|whatsoever))?|travel\W+(?:none|nil|0\s?%|not required))(?=\s*(?:[:;.\n,(]|"
    r"\s[-–—]\s|$))",
    re.I,
)


# A little travel, said by how rarely: "occasional day trips", "the odd client visit".
_OCCASIONAL = re.compile(
    r"\b(?:occasional|the odd|infrequent|rare) (?:day |short |business |site |client |customer )?"
    r"(?:trips?|travel|visits?)\b",
    re.I,
)


def _how_often(text: str) -> float | None:
    """ "travelling to Singapore about one week a month": the share said after the trips."""
    found = _TRAVEL_THEN_HOW_OFTEN.search(text)
    if not found:
        return None
    if found["most"]:
        return 0.6 if found["most"].lower() == "most" else 0.8
    if found["days"]:
        return round(min(1.0, int(found["days"]) / 20), 2)  # "touring 15 to 20 days a month"
    n = _COUNT.get(found["n"].lower()) or int(found["n"])
    per_month = 4.33 if found["unit"].lower().startswith("week") else 21.7
    return round(min(1.0, n / per_month), 2)


_TRAVEL_WORDS = re.compile(
    # ("no regular travel - one UK site" is none: ``_NO_TRAVEL`` above)
    r"(?<!no )(?<!not )(?<!without )\b(frequent|regular|extensive|significant) travel|travel (is )?required|"
    r"travel(ling)? (to|across) (clients|sites|customers)|outstation (travel|audits?|visits?|trips?)|"
    # trips as a routine: "weekly site visits to NEOM", "regular client trips to Leeds"
    r"\b(weekly|fortnightly|regular|frequent) (site |client |customer |overnight )?(visits|trips) to\b|"
    # work done away, said by how often or where: "shoots abroad several times a year",
    # "overseas shoots", "trips abroad each quarter"
    r"\b(trips|visits|shoots) (abroad|overseas)\b|\b(location|overseas|international) shoots\b|"
    # stays away on site work: "stopovers Monday to Thursday, digs paid", "nights away from home"
    r"\bstop-?overs\b|\bdigs (paid|provided|covered)|overnight stays|nights away from home|"
    # a tour: "Touring Bar Supervisor", "tour the festival circuit", "six weeks on the road"
    r"(?<!no )(?<!not )(?<!without )(?<!zero )\btouring\b(?! (cars?|bikes?|caravans?))|\btour (the|our) |"
    r"(?<!no )\b(weeks?|months?) on the road\b",
    re.I,
)
# Travel abroad: "international travel", "trips to our US customers", "flights to the Lagos office".
_TRAVEL_LINE = re.compile(
    r"\b(?:travel\w*|(?:days?|weeks?) (?:a|per|each|every) month abroad|trips?|offsites?|off-sites?|retreats?|visits?|visiting|fly|flights?|flying|on the road|nights away|shoots?|"
    # "an overnight in Riyadh most weeks": a night away names where the trip goes
    r"overnights?|"
    r"(?:weeks?|days?) (?:per|a|each|every) (?:quarter|month|year)\b[^\n.;]{0,30}?"
    r"\b(?:at|in|to) (?:our |the )?(?:hq|head ?office|headquarters|office))\b",
    re.I,
)
_ABROAD = re.compile(
    r"\b(?:international(?:ly)?|abroad|overseas|long[- ]haul|worldwide|global(?:ly)?|"
    # regions of many countries: "travel across APAC", "EMEA customer visits"
    r"apac|emea|latam|asia[- ]pacific|cross[- ]border|(?-i:DACH)|"
    # both kinds said together: "domestic and international"
    r"domestic(?:ally)?\s*(?:and|&|/|as well as)\s*international(?:ly)?)\b",
    re.I,
)
_BOTH = re.compile(
    r"\b(?:domestic(?:ally)?|national(?:ly)?)\s*(?:and|&|/|as well as)\s*(?:international(?:ly)?|abroad|overseas)\b|"
    r"\b(?:international(?:ly)?|abroad|overseas)\s*(?:and|&|/|as well as)\s*(?:domestic(?:ally)?|national(?:ly)?)\b",
    re.I,
)
_AT_HOME = re.compile(r"\b(?:domestic(?:ally)?|within (?:the )?country|no international)\b", re.I)


# A line's end, but not an abbreviation's dot: "Occasional travel (c. 10%) to our New York office".
_SENTENCE_END = re.compile(r"[\n;]|(?<!\bc)(?<!\bca)(?<!\bapprox)(?<!\bapp)\.")


def travel_abroad(terms: str, location: str | None) -> bool | None:
    """Whether the role's travel crosses a border: said so, or a country named in a travel line
    other than the role's own."""
    home = country_of(location or "")
    region = None if home else region_of(location or "")
    for line in _SENTENCE_END.split(terms):
        if not _TRAVEL_LINE.search(line):
            continue
        if _BOTH.search(line):
            return True  # "domestic and international": some of it abroad
        if _AT_HOME.search(line):
            return False
        if _ABROAD.search(line):
            return True
        named = country_of(re.sub(r"[^\w ,()]", " ", line))
        if named and home and named - home:
            return True
        wider = region_of(line)
        if home and wider and wider - home:
            return True  # "across Southeast Asia from Singapore", "travel in Europe" from Berlin
        if named and home and named <= home:
            return False
        if named and region is not None and named - region:
            return True  # "Remote (Latin America)", offsites in Lisbon: out of the region
    return None


# A stint abroad the role sends its hire on: "L1 transfer to the Dallas client site after one
# year", "onsite in New Jersey", "three months at the client's London office" (not trips).
_POSTING_LINE = re.compile(
    r"\b(?:(?:l-?1|h-?1b?|intra-?company) transfer|transfer(?:red)? to|posting|deputation|"
    r"onsite (?:in|at|to)|relocat\w* to|(?:months?|a year|years?) (?:at|in) (?:the |our )?(?:client'?s? )?)",
    re.I,
)


def posted_abroad(terms: str, location: str | None) -> bool | None:
    """Whether the role posts its hire to another country for a stint: True when a posting line
    names a country other than the role's own, else None."""
    home = country_of(location or "")
    for line in re.split(r"[\n.;]", terms):
        if not _POSTING_LINE.search(line):
            continue
        named = country_of(re.sub(r"[^\w ,()]", " ", line))
        if named and home and named - home:
            return True
        wider = region_of(line)
        if home and wider and wider - home:
            return True  # "across Southeast Asia from Singapore", "travel in Europe" from Berlin
    return None


def travel_share(terms: str, said: str, whole: str = "") -> float | None:
    """The share of the time the role travels: from its terms, else none when its text says the
    job has none (``whole``: "you won't need to travel for this job"), else from what the company
    says of the role and itself (``said``), duties included."""
    if says_no_travel(whole):
        return 0.0  # said of the job, it outweighs what others in the company travel
    travel = _travel_share(terms)
    if travel is None:  # "a week in Jakarta every quarter", "about 40% of the time on the road"
        travel = role_share(said)
    # "travelling to Singapore and Tokyo about one week a month" among the duties
    if travel is None:
        travel = _how_often(said)
    if travel is None:  # "customer visits take up to half your time" among the duties
        travel = _your_time(said)
    return travel


# The kind of a role's travel, set against a person's "no overnights" or "won't fly"
# (``reading.travel.kind``). Nights away: "regular overnight stays", "2-3 nights away a week";
# none: "day trips only", "home every night". Flying: "flights to Frankfurt", "by air", "fly-in
# fly-out"; by road with no flight named: "company car", "driving between sites".
_NO_OVERNIGHTS = re.compile(
    # said to the hire: "you won't need to stay away overnight", "never a night away"
    r"\b(?:won'?t|will not|don'?t|do not|never|not|no need to)\s+(?:\w+\s+){0,3}?(?:stay(?:ing)? "
    r"(?:away|overnight)|spend (?:a |any )?nights? away|be away overnight)|"
    r"\b(?:day trips? only|only day trips?|home (?:every|each) (?:night|evening)|home daily|"
    r"back (?:home )?(?:the )?same day|same[- ]day returns?|return(?:ing|s)? (?:home |to (?:base|the depot|the office) )?(?:on )?the same day|(?:no|without) (?:overnights?|overnight stays?|night halts?|"
    r"nights? away|stays? away))\b",
    re.I,
)
_OVERNIGHTS = re.compile(
    r"\b(?:overnight (?:stays?|trips?|travel|accommodation)|overnights? away|nights? away|"
    # a lorry driver's nights in the cab: "tramping", "nights out in the cab", "sleeper cab"
    r"tramp(?:ing|ers?)|nights? (?:out )?in (?:the|a) (?:cab|truck|lorry|wagon)|sleeper cabs?|"
    # "a night at the Leeds office every other week": nights away said by how often
    r"(?:a|an|one|two|three|[1-3]) (?:nights?|overnights?) (?:in|at) [^.;\n]{1,40}? (?:every|each|a|per|most) (?:weeks?|other week|"
    r"fortnights?|months?|quarters?)|"
    # ... or how often first: "two nights a month in Frankfurt with the controllers" (not "in the
    # office", a place of their own week)
    r"(?:a|an|one|two|three|four|[1-4]) (?:nights?|overnights?) (?:a|per|each|every) (?:week|fortnight|"
    r"month|quarter) (?:in|at) (?!(?:the |our |your |head )?(?:office|hq|headquarters)\b)\w+|"
    # a trip of more than a day: "a two-day trip every other week", "3-day site visits"
    r"(?:two|three|four|five|[2-5])[- ]day (?:trips?|visits?)|"
    # "two nights a week away visiting trusts": nights away said by how often, then away
    r"nights? (?:a|per|each|every) (?:week|fortnight|month) away|"
    # "1-2 nights a month in a hotel", "hotel nights on the road": a bed away from home
    r"nights? (?:(?:a|per|each|every) (?:week|fortnight|month|quarter) )?in (?:a |the )?(?:hotels?|motels?)|"
    r"(?:hotel|motel) nights?|"
    # nights away said by how often or how many: "overnights weekly", "overnights most weeks",
    # "two overnights a week at UK sites", "2-3 overnights a month"
    r"overnights? (?:weekly|fortnightly|monthly|most weeks|(?:a|per|each|every) (?:week|fortnight|month|quarter))|"
    r"(?:an?|one|two|three|four|a few|several|[1-5])(?:\s?(?:-|–|to|or)\s?(?:two|three|four|five|[2-5]))? overnights?\b|"
    # nights away said by how many: "away 2-3 nights a week", "away for two nights most weeks";
    # an Indian ad's "night halts"
    r"away (?:for )?(?:one|two|three|four|a few|[1-5])(?:\s?(?:-|–|to|or)\s?(?:two|three|four|five|[2-5]))? nights?|"
    r"night[- ]halts?|"
    # away the working week: "fly interstate Monday to Thursday", "on site Mon-Thu"
    r"(?:fly|flying|flies|travel\w*|on the road|on[- ]site|at client sites?)\b[^.\n;]{0,30}?\bmon(?:day)?\s?(?:-|–|to|through)\s?thu(?:rs(?:day)?)?|"
    # trips a week long: "travel to open new sites, a week at a time", "week-long site visits"
    r"(?:travel\w*|trips?|visits?|on the road|on[- ]site|away)\b[^.\n;]{0,60}?\b(?:a|one|two|[12]) weeks? at a time|"
    r"week[- ]long (?:\w+ )?(?:trips?|visits?|stints?|deployments?)|"
    r"stay(?:ing|s)? away(?: from home)?|hotel stays?|stopovers?|away (?:midweek|mon(?:day)?[- ]"
    r"(?:to[- ])?(?:thu|fri)\w*))\b",
    re.I,
)
_FLIES = re.compile(
    r"\b(?:flights?|fly(?:ing)?|by air|air travel|long[- ]haul|red[- ]?eyes?|frequent flyer)\b",
    re.I,
)
_NO_FLYING = re.compile(r"\bno (?:flying|flights?|air travel)\b", re.I)
_BY_ROAD = re.compile(
    r"\b(?:company car|car allowance|fuel card|by car|by road|(?:driving|drive|drives) "
    r"(?:to|between|across|around|out to)|within driving distance|(?:road|car)[- ]based)\b",
    re.I,
)


# A trip's length in nights: "calibration trips to Dallas, two or three nights", "site visits
# of 2-3 nights", "a week's training in Cebu" is said in days and not read here.
_TRIP_NIGHTS = re.compile(
    # a gathering away counts its nights too: "four team offsites a year (3 nights each)"
    r"\b(?:trips?|visits?|travel\w*|offsites?|off-sites?|retreats?|summits?|kick-?offs?|onsites?|on-sites?)\b"
    r"[^\n.;]{0,60}?\b(?:\d+|one|two|three|four|five|six|a few|"
    r"several|a couple of)(?:\s?(?:-|–|or|to)\s?(?:\d+|two|three|four|five|six))?\s+nights?\b"
    r"(?!\s+(?:a|per|each|every)\s+(?:week|fortnight|month))",
    re.I,
)


def overnights(text: str) -> bool | None:
    """Whether the role's travel keeps the hire away overnight: True, False (day trips only),
    or None when it does not say."""
    if _NO_OVERNIGHTS.search(text):
        return False
    if _OVERNIGHTS.search(text) or _TRIP_NIGHTS.search(text):
        return True
    return False if _DAY_TRIPS.search(text) else None  # "day trips to the plant": home each night


# Trips that come back the same day: "occasional day trips", "back the same evening".
_DAY_TRIPS = re.compile(
    r"(?<![\w-])(?:day[- ]trips?|back (?:home )?(?:the )?same (?:day|evening))\b", re.I
)


def flying(text: str) -> bool | None:
    """Whether the role's travel is by air: True, False (by road, no flight named), or None."""
    if _NO_FLYING.search(text):
        return False
    if _FLIES.search(text):
        return True
    return False if _BY_ROAD.search(text) else None
