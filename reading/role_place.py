"""Where and how a role is worked: remote, hybrid or on site, its office days, and its place.

The opening's remote policy decides when it has one; otherwise its terms do: "fully remote", "2
days a week in our Lisbon office", "WFH 2 days a week" (three in), "office every Monday and
Friday", an office-first culture. A title says it too ("Claims Examiner (Remote)").
"""

from __future__ import annotations

import re

from reading.office_week import office_weekdays

_DAYS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
}
_OFFICE_DAYS = re.compile(
    r"\b(one|two|three|four|five|[1-5])(?:\s*(?:-|to)\s*(?:one|two|three|four|five|[1-5]))?"
    r"\s*(?:office |in-office |on-?site )?days?\s*(?:a|per|each|/)\s*week"
    r"(?!\s*(?:from home|at home|remote|wfh|home[- ]?office|working from home))\s*(?:in|at|on[- ]?site|from)?\s*"
    r"(?:the|our)?\s*"
    r"(?:office|on[- ]?site|studio|hq)?",
    re.I,
)
# The days at home said instead: "2 days a week from home", "WFH 2 days a week", "remote
# Mondays and Fridays" aside - the rest of the week is in the office.
_HOME_DAYS = re.compile(
    r"\b(one|two|three|four|[1-4])\s*days?\s*(?:(?:a|per|each|/)\s*week\s*)?(?:from home|at home|"
    r"remote(?:ly)?|wfh|home[- ]?office|working from home)\b|"
    r"\b(?:wfh|home[- ]?office|work(?:ing)? from home|remote)\s*(?:on |for )?(one|two|three|four|[1-4])"
    r"\s*days?\b|"
    # the kind of day named between: "up to 2 WFH days per week", "two remote days a week"
    r"\b(one|two|three|four|[1-4])\s*(?:wfh|remote|home[- ]?working|work[- ]from[- ]home)\s+days?\b",
    re.I,
)
# The days said with where rather than "a week": "3 days in the office", "2 days at HQ",
# "Hybrid - 3 days Auckland CBD" (a title). Fewer than five: a week in the office is on site.
_DAYS_IN = re.compile(
    r"\b(one|two|three|four|[1-4])\s*(?:office |in-office |on-?site )?days?\s+(?:in|at|from)\s+"
    r"(?:the |our )?(?:office|on[- ]?site|hq|studio|[A-Z][\w-]+)|"
    r"\bhybrid\W{1,4}(one|two|three|four|[1-4])\s*days?\b",
    re.I,
)
_REMOTE = re.compile(
    r"\b(fully remote|remote[- ]first|100% remote|work from anywhere|remote role|remote position|"
    r"remote \((uk|eu|us|europe|emea)|(?<![0-9] )(?<!days )remote$|this role is remote|remote-only|"
    # a line of the offers that opens on the mode and says from where: "Remote from anywhere in
    # Spain" ("Teletrabajo desde cualquier lugar de España" read through its English), "Home-based
    # across the UK" (not "Remote monitoring of the fleet")
    r"(?<![^\n])\W*(?:fully |100 ?% )?(?:remote|home[- ]?based|working from home) (?:from|across|anywhere|"
    r"within|desde|depuis|da|de|aus|z)\b|"
    # at home once trained: "Work from home after two weeks of onsite training", "dispatch from
    # home after 90 days in the terminal" - the training on site is a start, not the mode
    r"(?:work(?:s|ing)?|dispatch(?:es|ing)?|based|(?:answer(?:s|ing)?|tak(?:e|es|ing)) (?:calls|phones)) from home "
    r"(?:after|once|following) (?:[\w-]+ ){0,4}?(?:weeks?|days?|months?|training|onboarding|probation|"
    r"trained)\b)",
    re.I | re.M,
)
# A title that says the role is remote: "Remote Outpatient Coder", "Claims Examiner (Remote)",
# "Adviser - home-working role", "Planner (WFH)" - not a remote-something job done on site
# ("Remote Monitoring Technician", "Remote Pilot", "Remote Area Nurse": a remote place).
_REMOTE_TITLE = re.compile(
    r"^\W*remote\b(?![- ](?:sensing|monitor\w*|patient|access|control|pilot|operat\w*|site|systems?|"
    r"support|telemetry|video|camera|tower|field|areas?|locations?|communit(?:y|ies)|islands?|"
    r"rural|mine|camp|outback))|\(\s*remote\s*\)|"
    # "Senior Engineer (Remote, US)", "Data Engineer - Remote (Canada)", "Designer | Remote": the
    # mode said after the job, as US and Canadian postings do ("- Remote Sensing" is no mode)
    r"\(\s*remote\s*[,/;:–—-]\s*[\w .,/-]{1,30}\)|"
    r"\s[|,–—-]\s*remote\s*(?:\(\s*[\w .,/-]{1,30}\)|[,/–—-]\s*[\w .]{1,30})?\s*$|"
    r"\bhome[- ]?work(?:ing|er|ers)\b(?![- ](?:support|assistance|help|club|tutor\w*))|\bwfh\b",
    re.I,
)
# A company with no office at all: "we're fully distributed", "no HQ", "everyone works from home"
# (not "no office politics").
_NO_OFFICE = re.compile(
    r"\b(?:fully distributed|all[- ]remote|office[- ]?less|no (?:physical )?(?:offices?|hq|headquarters)"
    r"(?! (?:politics|drama|dress|hours|banter|culture))\b|(?:don't|do not|doesn't|does not|never) "
    r"(?:have|had|need) (?:an?|any) (?:physical )?(?:office|hq)|without (?:an?|any) (?:physical )?office|"
    # a team named by its trade between: "the whole legal team works from home", "our entire
    # engineering function is remote-first" (not "the team can work from home on Fridays": a day)
    r"(?:everyone|everybody|all of us|we all|(?:the|our) (?:whole|entire) (?:[\w-]+ ){0,2}?(?:team|company|"
    r"department|function|firm|business|org|organi[sz]ation)) (?:works?|is based|are based) "
    r"(?:from home|remotely|fully remotely|from anywhere)(?! (?:on|every|one|two|three|four|[1-4]|some|most)\b))\b",
    re.I,
)
# "this isn't a remote role", "not a remote position": said to rule remote out.
_NOT_REMOTE_BEFORE = re.compile(
    r"\b(?:not|isn't|is not|aren't|are not|no|never|won't be|will not be|can't be|cannot be)"
    r"(?: an?| a fully| fully)?\s*$",
    re.I,
)


def _says_remote(text: str) -> bool:
    return any(
        not _NOT_REMOTE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        for m in _REMOTE.finditer(text)
    )


# A location field that names the mode instead of (or before) a place: "Remote (UK)",
# "Télétravail (Suisse romande)", "Home-based", "Hybrid - Leeds" ("Remote Area, NT" is a place).
_LOCATION_MODE = re.compile(
    r"\W*(?:(?P<remote>(?:fully |100 ?% )?(?:remote|home[- ]?based|work from home|wfh|anywhere|"
    r"t[ée]l[ée]travail|teletrabajo|remoto|home ?office|telework(?:ing)?|thuiswerken|zdalnie)\b"
    r"(?![- ](?:areas?|sensing|sites?|communit\w*|islands?|mines?|camps?|locations?|rural)\b))|"
    r"(?P<hybrid>hybrid|hybride|h[íi]brido)\b)",
    re.I,
)


def location_mode(location: str | None) -> str | None:
    """The work mode a role's location field names, if it opens on one."""
    m = _LOCATION_MODE.match(location or "")
    if not m:
        return None
    return "remote" if m["remote"] else "hybrid"


_HYBRID = re.compile(r"\bhybrid\b", re.I)
_ONSITE = re.compile(
    r"\b(on[- ]?site|office[- ]based|in[- ]office|5 days in|five days (a week )?in|in person|"
    # a construction job on its site, a live-in post in the house: "fully site-based"
    r"(?:fully |wholly |100% )site[- ]based|live[- ]in (?:position|role|post|job))\b",
    re.I,
)
# The office every working day, said as a culture: "an office-first team", "in our Munich office
# Monday to Friday".
_OFFICE_FIRST = re.compile(
    r"\b(?:office[- ](?:first|centric)|(?:in|at|from|to|into) (?:the|our)(?: [A-Z][\w-]+)? office,? (?:monday to friday|"
    r"mon(?:day)?\s*[-–]\s*fri(?:day)?|every (?:working )?day|full[- ]time|all week)|(?:monday to friday|"
    r"every (?:working )?day|all week) (?:in|at|from) (?:the|our)(?: [A-Z][\w-]+)? office|"
    # India's "work from office" (WFO) with no share of the week named: every day
    r"(?<![1-4] days )(?<![1-4]d )(?:work(?:ing)? from (?:the |our )?office|wfo)(?! (?:[1-4]|one|two|three|four)\b))\b",
    re.I,
)
# Most of the week in the office: hybrid, four days.
_MOST_DAYS = re.compile(
    r"\b(?:in the office|on[- ]?site|in person) most days|most days (?:in|at) (?:the|our)(?: \w+)? office\b",
    re.I,
)
_LOCATION = re.compile(
    r"\b(?:location|based in|office in|offices in|located in|our)\s*:?\s*"
    r"([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)",
)


# What makes a line about the office: its weekdays named there are office days, and a "two
# days a week" beside it is office attendance rather than part-time hours (``role_schedule``).
OFFICE_WORDS = re.compile(r"\b(?:office|on[- ]?site|hybrid|in[- ]person|hq|studio)\b")


def work_mode(
    *, terms: str, said: str, title: str, remote_policy: str | None
) -> tuple[str | None, int | None, frozenset[str]]:
    """The role's work mode, its office days a week and the weekdays named for the office.
    ``terms`` are the lines of its terms, ``said`` those plus what the company says of itself."""
    mode = remote_policy
    if mode is None:
        if _says_remote(terms) or _NO_OFFICE.search(said) or _REMOTE_TITLE.search(title):
            mode = "remote"
        elif (
            _HYBRID.search(terms)
            or _OFFICE_DAYS.search(terms)
            or _DAYS_IN.search(terms)
            or _HOME_DAYS.search(terms)
        ):
            mode = "hybrid"
        elif _OFFICE_FIRST.search(terms) or _ONSITE.search(terms):
            mode = "onsite"
        elif _MOST_DAYS.search(terms):
            mode = "hybrid"
    weekdays = next(
        (
            frozenset(named)
            for line in re.split(r"[\n.;]", terms)
            if OFFICE_WORDS.search(line.lower()) and (named := office_weekdays(line))
        ),
        frozenset(),
    )
    if mode is None and weekdays:
        mode = "hybrid"  # "Office every Monday and Friday"
    days = None
    home = _HOME_DAYS.search(terms)
    office_said = _OFFICE_DAYS.search(terms)
    if home and office_said and home.start() <= office_said.start() < home.end():
        office_said = None  # "work from home two days a week": the two days are at home
    if mode == "hybrid" and (found := office_said):
        days = _DAYS[found.group(1).lower()]
        if days == 5 and remote_policy is None:
            mode = "onsite"  # "from our Leeds office five days a week": every day is on site
    elif mode == "hybrid" and (found := _DAYS_IN.search(terms)):
        days = _DAYS[(found.group(1) or found.group(2)).lower()]
    elif mode == "hybrid" and (found := home):
        days = 5 - _DAYS[next(g for g in found.groups() if g).lower()]  # "2 days from home": 3 in
    elif mode == "hybrid" and weekdays:
        days = len(weekdays)
    elif mode == "hybrid" and _MOST_DAYS.search(terms):
        days = 4
    elif mode == "hybrid" and (share := _office_share(terms)):
        days = share
    elif mode == "onsite":
        days = 5
    return mode, days, weekdays


# The office's share of the week, as public employers say it: "a minimum of 60% of your working
# time at the Sheffield office", "in the Ottawa office 40% of the working week" (of five days).
_SHARE_OF_WEEK = re.compile(
    r"\b([1-9]0)\s?%\s+of\s+(?:your|the|their)\s+(?:working\s+|contracted\s+)?(?:time|week|hours)\b",
    re.I,
)


def _office_share(terms: str) -> int | None:
    """Office days a week from a share of the week said on a line about the office, or None."""
    for line in re.split(r"[\n;]", terms):
        if (found := _SHARE_OF_WEEK.search(line)) and OFFICE_WORDS.search(line.lower()):
            days = round(int(found.group(1)) / 20)
            return days if 0 < days < 5 else None
    return None


def said_location(terms: str) -> str | None:
    """The place the terms name for the role ("Location: Porto", "based in Leeds")."""
    found = _LOCATION.search(terms)
    return found.group(1) if found else None


def city_of(location: str | None) -> str | None:
    if not location:
        return None
    city = re.split(r"[,(/]| or ", location)[0].strip()
    return city or None
