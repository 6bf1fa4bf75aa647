"""When a role is worked: on call, shifts, nights, weekends, part or full time, term time...

Read from the role's terms and from the requirement or duty lines that put the hire on a rota
("take part in our on-call rota"), not from ones that ask for a skill ("experience running
on-call rotas"). A kind said to be absent ("no on-call", "a separate ops team covers nights") is
kept apart, as what the role says it does not have.
"""

from __future__ import annotations

import re

from reading.places import PLACES
from reading.role_place import OFFICE_WORDS
from reading.role_text import RoleText
from reading.shift_bands import role_bands

# The words that say a term is absent ("no on-call", "never nights"); ``role_contract`` reads
# "we can't sponsor visas" with them too.


NEG = r"(?:no|not|never|without|zero|free of|don't|do not|doesn't|does not|cannot|can't|unable to|won't|isn't|aren't)"


_SCHEDULE = {
    "on_call": r"on[- ]?call|pager(duty)?|out[- ]of[- ]hours|being paged|call (?:shifts?|schedule|rotation|"
    r"requirements?|pay)|(?:weekend|weekday|home|in-house|beeper|backup) call\b|take call\b|"
    # crews' standby ("standby duties", "standby blocks"), not a standby generator, nor the
    # "standby cover" a rostering team plans for others; "home standby only, no airport standby"
    # keeps one kind and drops another, which a single on-call kind cannot say, so it is left
    r"stand[- ]?by (?:duty|duties|shifts?|days|blocks?|rotas?|rosters?)",
    "shifts": r"shifts?|(?<!call )rota|shift pattern|"
    r"(?:us|uk|apac|emea|americas?|aus|anz|est|pst|gmt) "
    r"(?:hours|time ?zones?|timings?)",
    # a round-the-clock roster works nights by definition: "continental shifts", "24/7 shift
    # pattern", Germany's "vollkontinuierlicher Schichtbetrieb"
    "nights": r"(?:voll)?kontinuierlich\w*|(?:continental|continuous|24/7|24x7|round[- ]the[- ]clock) "
    r"(?:shifts?|shift (?:pattern|rota|roster|system)s?|rotas?|rosters?)|"
    r"(?<!every )(?<!each )nights?|overnight|graveyard|(?:late|evening) (?:calls?|meetings?|syncs?|stand-?ups?|overlap)|"
    r"until (?:about |around |roughly )?(?:9|10|11)(?:[:.]\d\d)? ?pm|"
    r"\d{1,2}(?:[:.]\d\d)? ?pm ?[-–] ?\d{1,2}(?:[:.]\d\d)? ?am",
    # a continental pattern of days on and off ("4-on-4-off", "four on, four off") runs through
    # every weekend in turn
    "weekends": r"weekends?|saturdays?|sundays?|(?:[2-7]|two|three|four|five|six|seven)[- ]?(?:days? )?on"
    r"[-,/ ]{0,3}(?:[2-7]|two|three|four|five|six|seven)[- ]?(?:days? )?off\b",
    "part_time": r"part[- ]time",  # and the hours of ``_PART_TIME`` below
    # a part week of four days named as the working week: "four days a week, Monday to Thursday",
    # "part-week contract: four days" (not four days somewhere: "on site four days a week")
    "four_day_week": r"(4|four)[- ]day[- ](working[- ])?week|compressed hours|"
    r"(?<!site )(?<!sites )(?<!office )(?<!store )(?<!stores )(?<!road )(?<!field )(?<!client )"
    r"(?:4|four)[- ]days?[- ](?:a[- ]|per )(?:week|wk),?\s*(?:mon|tues?)\w*\s*(?:to|-|–|through|thru)\s*"
    r"(?:thu|fri)\w*(?!\s*(?:in|at|on)\s)|part[- ]week\W+(?:contract\W+|role\W+)?(?:4|four)[- ]days",
    "flexible_hours": r"flexible (hours|working|schedule)|flexi[- ]?time|core hours|self[- ]?schedul\w*|"
    r"pick your own shifts",
    # China's "996" (nine to nine, six days): long hours, whatever else it says of weekends
    "overtime": r"overtime|extended (?:working )?hours|long hours|\d{2}[- ]hour weeks|9-9-6|"
    r"(?<![\d$£€¥.,])996(?![\d%]|[.,]\d)",
    "guaranteed_hours": r"guaranteed (?:hours|shifts|\d+ hours)|\d+ guaranteed hours|(?:hours|shifts) guaranteed|"
    r"no call[- ]?offs",
    "fifo": r"fifo|fly[- ]in[,/ -]+fly[- ]out|dido|drive[- ]in[,/ -]+drive[- ]out|swing rosters?|"
    # a field post worked in rotations: "Rotational post: eight weeks in, two weeks' R&R"
    r"rotational (?:post|posting|deployment|assignment)s?|(?:[2-9]|1[0-4]) ?/ ?(?:[1-9]|1[0-4]) rotations?|"
    # an offshore hitch by weeks, and Norway's "turnus": "2 weeks on / 2 weeks off", "2-4 turnus"
    # (a "4 on 4 off" by days is a shift pattern, not time away)
    r"(?:[1-9]|1[0-2]) ?(?:weeks?|wks?) on\W{1,3}(?:[1-9]|1[0-2]) ?(?:weeks?|wks?) off|"
    r"(?:\d ?[-/] ?\d )?turnus",
    "live_in": r"live-in|live in (?:role|position|post)|(?:staff|on-?site) (?:accommodation|quarters)|"
    # a farm or station job's home: "house on the farm, rent free", "the manager lives on farm",
    # "accommodation provided" ("No accommodation provided": none)
    r"(?:house|home|cottage|accommodation|housing) on(?: the)? (?:farm|station|property|orchard|vineyard|estate)|"
    r"(?:farm|on-?farm|tied|staff|employer) (?:housing|cottage|accommodation)|tied house|"
    r"lives? on(?: the)? (?:farm|station|property)\b(?! \w)|(?:accommodation|housing) (?:is )?(?:provided|included)",
    "bank_holidays": r"(?:bank|public|stat|statutory) holidays?|boxing day|christmas day|"
    # the holidays named as worked: "Thanksgiving, Christmas and New Year's Eve ... are worked",
    # "all major holidays are worked", "holidays required"
    r"(?:thanksgiving|christmas|new year'?s(?: eve)?|(?:all |major |the )*holidays)"
    r"(?! (?:party|parties|bonus|lunch|dinner|do|closure|shutdown))(?=[^.;\n]{0,70}\b(?:are|is) "
    r"(?:worked|required|mandatory)\b)|(?:work|working) (?:all |major |the )*holidays\b|"
    # the holidays named as worked by whoever takes the role: "Must work Christmas, New Year and
    # February half-term", "you'll work over the festive period"
    r"(?:must|will|you'll|required to|expected to|need to|have to) work (?:over |through )?"
    r"(?:christmas|xmas|new year'?s?(?: eve)?|thanksgiving|easter|the (?:festive|holiday) (?:season|period))",
    # a school's year: "Term-time only, 39 weeks a year", "school holidays off"
    "term_time": r"term[- ]?time|(?:38|39|40) weeks (?:a|per|of the) year|school holidays off",
}
# Worked the whole year, school holidays too: "52 weeks", "all year round", "open 51 weeks a year".
_ALL_YEAR = re.compile(
    r"\b(?:5[12][- ]weeks?|all year round|year[- ]round|school holidays included|"
    r"(?:open|working|work) (?:through|during) (?:the )?school holidays)\b"
)
# US shift hours with a bare "a" or "p": "7a-7p", "10p-6a", "3p - 11:30p".
_AP_CLOCK = re.compile(r"\b(\d{1,2}(?::[0-5]\d)?) ?([ap])\b(?=\s?(?:-|–|to)\s?\d|[\s,.;)]|$)")
# A role worked by day: "(Days)", "day shift only", "3x12s days", "7am-7pm", "first shift".
_DAYS_ONLY = re.compile(
    r"\((?:days?|day shift)\)|[-–|]\s*days?\s*$|\bdays? shifts?(?! differential)\b(?!\s*(?:/|and|or|&)\s*nights?)|"
    r"\b(?:3|4|5)x(?:8|10|12)s?,? days\b|\b12s,? days\b|\bdays only\b|\b(?:1st|first) shift\b|"
    r"\b0?7(?::00)? ?am ?(?:-|–|to) ?0?7(?::[03]0)? ?pm\b",
    re.M,
)
_ROTATES = re.compile(
    r"\b(?:rotat\w*|rotas?|rosters?|continental|earlies|lates|swing|2[- ]shift|3[- ]shift|double[- ]days)\b"
)
# Support within office hours only: "Business hours support only", "support is 9-5 only".
_BUSINESS_HOURS_ONLY = re.compile(
    r"\b(?:(?:business|office|working) hours|9[- ]?(?:to|-)[- ]?5)(?: support)? only\b|"
    r"\bonly (?:during|in|within) (?:business|office|working) hours\b"
)
_WEEK = r"\s*(?:a|per|/|each|every)?\s*(?:week|wk)\b"
# Part-time hours: fewer than 35 a week, a fraction of an FTE, one to three working days a week
# ("3 days a week in the office" is hybrid, not part time), "PT role".
_PART_TIME = re.compile(
    rf"(?<![\d.])\b(?:[1-9]|[12]\d|3[0-4])(?:\.\d)?\s*(?:hours|hrs|h)\b{_WEEK}|"
    r"(?<![\d.])0?\.[1-9]\d?\s*fte\b|"
    # (days on the road are travel in a full week: "on the road three days a week", "two days a
    # week visiting stores")
    r"(?<!on the road )(?<!travelling )(?<!traveling )(?<!in the field )"
    r"(?<![\d.])\b(?:[1-3]|one|two|three)[- ]days?[- ](?:a[- ]|per |/ ?)?(?:week|wk)\b"
    r"(?!\s*(?:in|at|on|from)\s+(?:the |our |an? )?(?:\w+\s+)?(?:office|site|hq|studio|campus)|"
    r"\s*on[- ]?site|\s*in[- ](?:office|person)|"
    r"\s*(?:on the road|away|travell?ing|visiting|out visiting|in the field))|"
    r"\bpt\b(?=\s*(?:role|position|contract|job|hours|basis|,|\)|/))|\bft/pt\b|\bpt/ft\b"
)
# Full-time hours: "full-time", "FT", 35-48 hours a week, "Mon-Fri 9-5".
_FULL_TIME = re.compile(
    r"\bfull[- ]?time\b|\bft\b|\bvoltijd\b|\bvollzeit\b|\btemps plein\b|\btiempo completo\b|"
    r"\btempo (?:integral|pieno)\b|(?<![\d.])\b(?:3[5-9]|4[0-8]) ?(?:uur|stunden|heures|horas)\b|"
    rf"(?<![\d.])\b(?:3[5-9]|4[0-8])(?:\.\d)?\s*(?:hours|hrs|h)\b{_WEEK}|"
    r"\b(?:0?[7-9])(?::[0-5]\d)?\s*(?:am)?\s*(?:-|–|to)\s*(?:0?[4-6]|1[6-8])(?::[0-5]\d)?\s*(?:pm)?\b"
)


# "Two days a week in Dublin 2": the days in a place are office days, not part-time hours.
_AT_A_PLACE = re.compile(
    r"\s*(?:in|at)\s+(?:our\s+|the\s+)?(?:"
    + "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True) if len(p) > 2)
    + r")\b"
)


# "Three days a week at Cathays Park", "in Belconnen", "at the ABS Canberra office": days spent
# somewhere are office days, whatever the place is called - but not a time or a rate after "at"
# or "in" ("3 days a week in term time", "in total", "two days a week at £18 an hour").
_AT_SOMEWHERE = re.compile(
    r"\s*(?:in|at|from)\s+(?!(?:least|most|first|term|school|total|all|rotation|blocks?|shifts?|evenings?|mornings?|nights?|"
    r"weekends?|pro[- ]?rata|peak|busy|times?|the (?:evenings?|mornings?|weekends?|moment|start|"
    r"first|busy|peak|school)|an? |\d|[£$€]))[a-z]"
)


def _hours(lower: str) -> tuple[bool, bool]:
    """(part time, full time) as the role's lines state their hours."""
    part = full = False
    for line in lower.split("\n"):
        found = _PART_TIME.search(line)
        if found and not (
            found.group().rstrip().endswith(("week", "wk"))
            and "day" in found.group()
            and (
                OFFICE_WORDS.search(line)
                or _AT_A_PLACE.match(line, found.end())
                or _AT_SOMEWHERE.match(line, found.end())
            )
        ):
            part = True
        full = full or bool(_FULL_TIME.search(line))
    return part, full


# Another team does that work, so the role does not: "a separate ops team covers nights".
_OTHER_TEAM = (
    r"(?:separate|dedicated|different|another|other|external|outsourced|follow[- ]the[- ]sun|"
    r"24/7 (?:ops|operations)|(?:ops|operations|noc|support|sre) team|noc)"
)
_OTHERS_COVER = re.compile(
    rf"\b{_OTHER_TEAM}(?:[\w/ -]{{0,30}}?\b(?:team|teams|group|rota|provider|partner|vendor|noc))?\s+"
    r"(?:covers?|handles?|looks? after|takes? care of|does|runs?|owns?|picks? up)\s+(?:all\s+)?"
    r"(?:[\w/-]+(?:,|\s+and|\s+&)\s+)*$"
)
_COVERED_BY_OTHERS = re.compile(
    rf"(?:\s+(?:and|&|,)\s+[\w/-]+)*\s+(?:is|are)\s+(?:all\s+)?(?:covered|handled|looked after|taken care of)"
    rf"\s+by\s+(?:a|an|the|our)?\s*{_OTHER_TEAM}"
)

# ... said of the hire by name: "standby duty is covered by our engineering team, not this role"
_NOT_THIS_ROLE = re.compile(
    r"(?:\s+(?:duty|duties|rota|cover|work))?\s+(?:is|are)\s+(?:all\s+)?(?:covered|handled|done|run)\s+by\s+"
    r"[^.\n]{0,40}?,?\s+not\s+(?:by\s+)?(?:this|the|you)\b"
)
# A kind denied after it: "weekends are not worked", "Saturdays are never required".
_NOT_WORKED = re.compile(
    r"(?:\s+(?:and|or|&)\s+\w+)?\s+(?:are|is)\s+(?:never|not)\s+(?:worked|required|expected|"
    r"part of (?:the|this) (?:role|job))\b"
)


# A requirement or duty that puts the hire on a rota ("Joining the 1-in-5 out-of-hours on-call
# rotation", "take part in our on-call rota"): the role's own hours, unlike "experience running
# on-call rotas", which asks for a skill.
_JOINS_ROTA = re.compile(
    r"\b(?:join(?:s|ing)?|participat\w* in|tak(?:e|ing) part in|be(?:ing)? part of|shar(?:e|ing)(?: in)?|"
    r"be(?:ing)? on|going on|cover(?:ing)?)\b[^.\n]{0,40}?\b(?:on[- ]?call|out[- ]of[- ]hours|pager\w*|"
    r"rotas?|rotations?)\b|\b(?:\d+|one)[- ](?:in|of)[- ]\d+\b[^.\n]{0,30}?\b(?:on[- ]?call|rotas?|"
    r"rotations?|out[- ]of[- ]hours)\b",
    re.I,
)
_ASKS_A_SKILL = re.compile(
    r"\b(?:experience|experienced|familiar\w*|knowledge|exposure|background|track record|"
    r"understanding|designing|running|building|improving|managing)\b",
    re.I,
)


# Split shifts (a break mid-day between two services) or said to be none: "straight shifts, no
# splits", "no split shifts".
_SPLITS = re.compile(r"\bsplit(?:[- ]shifts?|s\b)", re.I)
_NO_SPLITS = re.compile(
    r"\b(?:no|without|zero|never)\s+split(?:[- ]shifts?|s\b)|\bstraight shifts?\b", re.I
)


def split_shifts(terms: str) -> bool | None:
    if _NO_SPLITS.search(terms):
        return False
    return True if _SPLITS.search(terms) else None


def _rota_duties(requirements: str | None, sections: RoleText) -> list[str]:
    lines = [*(requirements or "").splitlines(), *sections.lines("requirements", "duties")]
    return [
        ln
        for ln in lines
        if (_JOINS_ROTA.search(ln) or _LATE_CALLS.search(ln) or _WORKED_PATTERN.search(ln))
        and not _ASKS_A_SKILL.search(ln)
    ]


# A working pattern the job is done on, said as a duty: "the team works a Saturday roster",
# "fly-in fly-out from Perth on an 8 days on, 6 off roster", "rostered weekends".
_WORKED_PATTERN = re.compile(
    r"\b(?:fifo|fly[- ]in[,/ -]+fly[- ]out|dido|drive[- ]in[,/ -]+drive[- ]out|rosters?|rostered)\b",
    re.I,
)


# Calls out of hours with another region, as a duty: "two evening syncs a week with Amsterdam",
# "evening overlap with Seattle every weekday".
_LATE_CALLS = re.compile(
    r"\b(?:late|evening) (?:calls?|meetings?|syncs?|stand-?ups?|overlap)\b|"
    r"\buntil (?:about |around |roughly )?(?:9|10|11)(?:[:.]\d\d)? ?pm\b",
    re.I,
)


def schedule_text(lower: str, requirements: str | None, sections: RoleText) -> str:
    """The role's terms (``lower``, lower case) with the requirement and duty lines that put
    the hire on a rota added, and a US shift's "7a-7p" said as "7am-7pm"."""
    lower += "".join(f"\n{line.lower()}" for line in _rota_duties(requirements, sections))
    return _AP_CLOCK.sub(r"\1\2m", lower)  # "7a-7p", "10p-6a": a US shift's hours


# Nights spent away on a trip, not worked: "calibration trips to Dallas, two or three nights",
# "site visits, 2-3 nights away", "overnight stays in Dublin" (travel: ``reading.role_travel``).
# "Three nights a week" on a line with no trip is still night work.
_COUNTED = r"(?:\d+|one|two|three|four|five|six|a few|several|a couple of)"
_NIGHTS_COUNTED = re.compile(rf"\b{_COUNTED}(?:\s?(?:-|–|or|to)\s?{_COUNTED})?\s+$")
_TRIP_LINE = re.compile(
    r"\b(?:trips?|visits?|travel\w*|hotels?|flights?|fly|flying|abroad|on the road)\b"
)
# ... or in the cab of a lorry, as a tramper's are: "nights out in the cab"
_STAY_AFTER = re.compile(
    # "two nights a week away visiting trusts": how often, then away
    r"\s*(?:(?:a|per|each|every)\s+(?:week|fortnight|month)\s+)?(?:away|in (?:a |the )?hotels?|abroad|on the road|(?:out )?in (?:the|a|his|her|their) "
    r"(?:cab|truck|lorry|wagon|rig)s?)\b"
)
_STAY_BEFORE = re.compile(r"\b(?:stay(?:ing|s)?|be|spend(?:ing)?) away $")
_A_WEEK_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:week|fortnight|month)\b")
_OVERNIGHT_STAY = re.compile(r"overnight (?:stays?|trips?|travel|accommodation)\b")


# "Weekends off", "Saturdays and Sundays off" are days free; "alternate weekends off", "one
# Saturday off a month" leave the others worked.
_DAYS_OFF = re.compile(r"(?: and (?:sundays?|saturdays?))? off\b")
# Weekends at home, as a driver's or a site job's week leaves them: "home at weekends".
# "home weekends" too, and the weekend said first: "weekends at home" ("work from home weekends"
# is none of these).
_HOME_AT = re.compile(r"(?<!from )\bhome (?:(?:at|for|on|every|most|all)(?: the)? )?$")
_AT_HOME_AFTER = re.compile(r"\s+(?:at home|home|with (?:the|your) family)\b")
_SOME_OF = re.compile(r"\b(?:alternate|every other|one|two|three|a|\d+|some|most|occasional)\s+$")


# A week away that starts on a night: "Sunday night to Friday" on a line of nights away.
_DAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day $")
_AWAY_LINE = re.compile(
    r"\btramp(?:ing|ers?)\b|\bnights? (?:out )?in (?:the|a) (?:cab|truck|lorry|wagon)\b|"
    r"\bnights? away\b|\bovernight stays?\b|\bstop-?overs?\b"
)


def _stay_away(lower: str, found: re.Match) -> bool:
    """Whether the nights at ``found`` are nights away from home, not night work."""
    if _OVERNIGHT_STAY.match(lower, found.start()) or _STAY_AFTER.match(lower, found.end()):
        return True
    if _STAY_BEFORE.search(lower, max(0, found.start() - 12), found.start()):
        return True  # "stay away overnight": a night away, not night work
    start = lower.rfind("\n", 0, found.start()) + 1
    end = lower.find("\n", found.end())
    line = lower[start : end if end >= 0 else len(lower)]
    if _DAY_BEFORE.search(lower, start, found.start()) and _AWAY_LINE.search(line):
        # "tramping, Sunday night to Friday, nights out in the cab": the night they leave
        return True
    return bool(
        _NIGHTS_COUNTED.search(lower, start, found.start())
        and _TRIP_LINE.search(line)
        and not _A_WEEK_AFTER.match(lower, found.end())
    )


# Evening work ruled out: "no weekend or evening work", "no evenings", "no out-of-hours work".
_NO_EVENINGS = re.compile(
    r"\b(?:no|never any|without) (?:weekend (?:or|and|&|/) )?(?:evening|late|out[- ]of[- ]hours|after[- ]hours)s?"
    r"(?: (?:or|and|&|/) weekend)? (?:work|working|hours|shifts)\b|\bno (?:weekends? (?:or|and|&|/) )?evenings\b"
)


def role_schedule(lower: str) -> tuple[set[str], set[str]]:
    """The schedule kinds the role's text (``schedule_text``) has, and those it says it does
    not have. A kind may be in both: the caller decides which wins where."""
    schedule, no_schedule, days_not = set(), set(), set()
    for kind, pattern in _SCHEDULE.items():
        for found in re.finditer(rf"\b(?:{pattern})", lower):
            before = lower[max(0, found.start() - 40) : found.start()]
            clause = re.split(r"[.;,\n]|\bbut\b", before)[-1]
            line_start = lower.rfind("\n", 0, found.start()) + 1
            if kind == "nights" and _stay_away(lower, found):
                continue  # "trips to the client, two or three nights": nights away, not worked
            if (
                _OTHERS_COVER.search(lower, line_start, found.start())
                or _COVERED_BY_OTHERS.match(lower, found.end())
                or _NOT_THIS_ROLE.match(lower, found.end())
            ):
                no_schedule.add(kind)  # "a separate operations team covers nights and weekends"
                continue
            if kind == "weekends" and _DAYS_OFF.match(lower, found.end()):
                if not _SOME_OF.search(clause):
                    no_schedule.add(kind)  # "weekends off": free, not worked
                    continue
            if kind == "weekends" and (
                _HOME_AT.search(clause) or _AT_HOME_AFTER.match(lower, found.end())
            ):
                no_schedule.add(kind)  # "out in the cab all week, home at weekends"
                continue
            # "Saturdays are never worked on this site": the kind denied after it
            negated = re.search(rf"\b{NEG}\b", clause) or _NOT_WORKED.match(lower, found.end())
            if negated and kind == "nights" and _FIXED_NIGHTS.search(clause):
                continue  # "rotating days and nights, never permanent nights": nights still worked
            if negated and kind == "weekends" and found.group()[0] == "s":
                # "Monday to Saturday, never Sundays": one day refused, the other may be worked
                days_not.add(kind)
                continue
            (no_schedule if negated else schedule).add(kind)
    if days_not and "weekends" not in schedule:
        no_schedule.add("weekends")  # "no Saturdays or Sundays": neither day worked
    if "term_time" not in schedule and _ALL_YEAR.search(lower):
        no_schedule.add("term_time")  # "52 weeks, school holidays included": not term-time only
    if re.search(r"\blive[- ]out\b", lower) and "live_in" not in schedule:
        no_schedule.add("live_in")  # "Live-out; no staff accommodation"
    if re.search(r"\bzero[- ]hours?\b", lower):
        schedule.discard("guaranteed_hours")  # "casual, zero-hours": no hours promised
        no_schedule.add("guaranteed_hours")
    worked, not_worked, _ = role_bands(lower)
    schedule |= worked  # "US shift, 6:30 pm to 3:30 am": nights
    no_schedule |= not_worked - schedule  # "General shift, 9:30 to 6:30": no nights
    if "nights" not in schedule and _DAYS_ONLY.search(lower):
        no_schedule.add("nights")  # "RN - Telemetry (Days)", "3x12s, day shift only": no nights
        if "weekends" in no_schedule and not _ROTATES.search(lower):
            # "the day shift, Monday to Friday, no nights, no weekends": office hours in all but
            # name - no shift work for someone who needs it (or refuses it)
            schedule.discard("shifts")
    if "overtime" not in schedule and _NO_EVENINGS.search(lower):
        no_schedule.add("overtime")  # "9 to 5:30, no weekend or evening work": no long hours
    if _BUSINESS_HOURS_ONLY.search(lower) and "on_call" not in schedule:
        no_schedule.add("on_call")  # "business hours support only": nobody is paged at night
    part, full = _hours(lower)
    if part:
        schedule.add("part_time")
    elif full and "part_time" not in schedule:
        no_schedule.add("part_time")  # "Full-time, 40 hours a week": not part-time hours
        if "four_day_week" not in schedule:
            no_schedule.add("four_day_week")  # nor a four-day week it does not name
    return schedule, no_schedule


# Nights refused only as a fixed pattern: "never permanent nights", "no straight nights".
_FIXED_NIGHTS = re.compile(r"\b(?:permanent|fixed|straight|static|all)\W*$")
