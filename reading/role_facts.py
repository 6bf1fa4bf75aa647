"""What a role is, in the same facets as what people want (``reading.conditions``).

An opening's fields say some of it (remote policy, location, band, seniority); the rest is in
its text: "2 days a week in our Lisbon office", "on-call one week in six", "we can't sponsor
visas", "relocation package", "up to 30% travel", "12-month contract". Only the lines a
description gives as conditions or offers are read for terms of the job, so "experience
running on-call rotas" in the requirements does not make the role an on-call one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reading import foreign_cjk, money, weekend_days
from reading.clearance import role_clearance
from reading.driving import role_needs
from reading.hours import role_hours
from reading.office_week import office_weekdays
from reading.places import PLACES
from reading.role_foreign import english
from reading.role_industry import CHAIN, role_industries
from reading.role_mission import role_missions
from reading.role_text import RoleText, split_role_text
from reading.tax_forms import role_forms
from reading.travel import role_share

LEADING = {"lead", "manager", "director", "executive"}


@dataclass(frozen=True)
class RoleFacts:
    work_mode: str | None = None  # remote | hybrid | onsite
    office_days: int | None = None
    office_weekdays: frozenset[str] = frozenset()  # "every Monday and Friday": mon, fri
    location: str | None = None
    city: str | None = None
    pay_min: int | None = None
    pay_max: int | None = None
    currency: str | None = None
    pay_period: str = "year"  # the band's period: year, month, week, day or hour
    total_pay: int | None = None  # on-target earnings or total comp stated beside the band
    sponsorship: bool | None = None  # True: sponsors visas; False: says it cannot
    relocation_support: bool | None = None
    schedule: frozenset[str] = frozenset()  # on_call, shifts, nights, weekends, part_time…
    no_schedule: frozenset[str] = frozenset()  # what the role says it does not have
    split_shifts: bool | None = None  # True: split shifts; False: "straight shifts, no splits"
    private_sector: bool = False  # "private clinic, no NHS contracts": no public employer
    weekend_days: frozenset[str] = frozenset()  # "one Sunday in three": those days only (none: any)
    starts: int | None = None  # earliest start, minutes after midnight ("6am–2pm": 360)
    # latest finish, minutes after midnight, past 24:00 after it ("1am": 1500)
    ends: int | None = None
    shift_hours: float | None = None  # longest shift ("three long days (12.5h)": 12.5)
    travel_share: float | None = None
    travel_abroad: bool | None = None  # True: trips to another country; False: at home only
    driving: str | None = None  # licence: the hire must drive; car: in a car of their own
    company_car: bool = False  # a company, pool or fleet car comes with it
    clearance: str | None = None  # the security clearance it needs: a level, or "any"
    contract: str | None = None  # permanent | contract | freelance | fixed_term
    forms: frozenset[str] = frozenset()  # US employment forms it takes: w2, 1099, c2c
    no_forms: frozenset[str] = frozenset()  # ... and the ones it refuses ("no C2C or 1099")
    manages: bool | None = None
    vc_backed: bool = False  # funded by venture capital: "Series B", "VC-backed"
    sets_direction: bool = False  # leads technically: "set the technical direction", "tech lead"
    seniority: str | None = None
    title: str | None = None
    company: frozenset[str] = frozenset()  # its size, when its text says: large, enterprise
    industries: frozenset[str] = frozenset()  # read as ``reading.role_industry`` says
    missions: frozenset[str] = frozenset()  # the causes it serves (``reading.role_mission``)
    text: str = ""  # the lines the role's terms were read from, lower case
    sections: RoleText = field(default_factory=RoleText)

    def mentions(self, words: str) -> bool:
        """Whether the role's text names ``words`` as something it has - not something it is
        leaving ("moving from Airflow to Dagster" does not offer Airflow)."""
        return any(
            not _LEAVING_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            and not _LEAVING_AFTER.match(self.text, m.end())
            for m in re.finditer(rf"\b{_spelled(words)}\b", self.text)
        )


def named_in(text: str | None, words: str) -> bool:
    """Whether ``text`` (a role's location, say) names ``words``, shorthand or spelled out."""
    return bool(text and re.search(rf"\b{_spelled(words)}\b", text.lower()))


def _spelled(words: str) -> str:
    """``words`` as a pattern that also matches the long forms of its shorthand: "the Med Center"
    names the Texas Medical Center."""
    out = re.escape(words.lower())
    for short, long in _SHORTHAND:
        out = re.sub(short, long, out)
    return out


_SHORTHAND = (
    (r"\bmed\b", "med(?:ical)?"),
    (r"\b(?:center|centre|ctr)\b", "(?:center|centre|ctr)"),
    (r"\bhosp\b", "hosp(?:ital)?"),
    (r"\buniv\b", "univ(?:ersity)?"),
)


# What a role is moving off: "moving from Airflow", "replacing our legacy Jenkins", "PHP is
# being retired".
_LEAVING_BEFORE = re.compile(
    r"\b(?:(?:mov(?:e|es|ing)|migrat(?:e|es|ing|ion)|switch(?:es|ing)?|transition(?:s|ing)?|port(?:ing)?) "
    r"(?:away )?(?:from|off)|(?:replac(?:e|es|ing)|retir(?:e|es|ing)|sunset(?:s|ting)?|"
    r"decommission(?:s|ing)?|deprecat(?:e|es|ing)|ditch(?:es|ing)?|rip(?:ping)? out|"
    r"get(?:ting)? rid of))(?: (?:our|the|an?|its|legacy|old|existing|current|ageing|aging))*\W*$"
)
_LEAVING_AFTER = re.compile(
    r"\W*(?:(?:is|are) )?(?:being )?(?:replaced|retired|sunset|decommissioned|deprecated|phased out|"
    r"on (?:its|the) way out)\b"
)


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
    r"\s*days?\b",
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
    r"remote \((uk|eu|us|europe|emea)|remote$|this role is remote|remote-only)",
    re.I | re.M,
)
# A title that says the role is remote: "Remote Outpatient Coder", "Claims Examiner (Remote)",
# "Adviser - home-working role", "Planner (WFH)" - not a remote-something job done on site
# ("Remote Monitoring Technician", "Remote Pilot", "Remote Area Nurse": a remote place).
_REMOTE_TITLE = re.compile(
    r"^\W*remote\b(?![- ](?:sensing|monitor\w*|patient|access|control|pilot|operat\w*|site|systems?|"
    r"support|telemetry|video|camera|tower|field|areas?|locations?|communit(?:y|ies)|islands?|"
    r"rural|mine|camp|outback))|\(\s*remote\s*\)|"
    r"\bhome[- ]?work(?:ing|er|ers)\b(?![- ](?:support|assistance|help|club|tutor\w*))|\bwfh\b",
    re.I,
)
# A company with no office at all: "we're fully distributed", "no HQ", "everyone works from home"
# (not "no office politics").
_NO_OFFICE = re.compile(
    r"\b(?:fully distributed|all[- ]remote|office[- ]?less|no (?:physical )?(?:offices?|hq|headquarters)"
    r"(?! (?:politics|drama|dress|hours|banter|culture))\b|(?:don't|do not|doesn't|does not|never) "
    r"(?:have|had|need) (?:an?|any) (?:physical )?(?:office|hq)|without (?:an?|any) (?:physical )?office|"
    r"(?:everyone|everybody|the whole (?:team|company)|all of us|we all) works? (?:from home|remotely))\b",
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


_HYBRID = re.compile(r"\bhybrid\b", re.I)
_ONSITE = re.compile(
    r"\b(on[- ]?site|office[- ]based|in[- ]office|5 days in|five days (a week )?in|in person)\b",
    re.I,
)
# The office every working day, said as a culture: "an office-first team", "in our Munich office
# Monday to Friday".
_OFFICE_FIRST = re.compile(
    r"\b(?:office[- ](?:first|centric)|(?:in|at|from|to|into) (?:the|our)(?: [A-Z][\w-]+)? office (?:monday to friday|"
    r"mon(?:day)?\s*[-–]\s*fri(?:day)?|every (?:working )?day|full[- ]time|all week)|(?:monday to friday|"
    r"every (?:working )?day|all week) (?:in|at|from) (?:the|our)(?: [A-Z][\w-]+)? office)\b",
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
_NEG = r"(?:no|not|never|without|zero|free of|don't|do not|doesn't|does not|cannot|can't|unable to)"
_SCHEDULE = {
    "on_call": r"on[- ]?call|pager(duty)?|out[- ]of[- ]hours|being paged|call (?:shifts?|schedule|rotation|"
    r"requirements?|pay)|(?:weekend|weekday|home|in-house|beeper|backup) call\b|take call\b",
    "shifts": r"shifts?|(?<!call )rota|shift pattern|"
    r"(?:us|uk|apac|emea|americas?|aus|anz|est|pst|gmt) "
    r"(?:hours|time ?zones?|timings?)",
    "nights": r"(?<!every )(?<!each )nights?|overnight|graveyard|(?:late|evening) (?:calls?|meetings?|syncs?|stand-?ups?)|"
    r"until (?:about |around |roughly )?(?:9|10|11)(?:[:.]\d\d)? ?pm|"
    r"\d{1,2}(?:[:.]\d\d)? ?pm ?[-–] ?\d{1,2}(?:[:.]\d\d)? ?am",
    "weekends": r"weekends?|saturdays?|sundays?",
    "part_time": r"part[- ]time",  # and the hours of ``_PART_TIME`` below
    "four_day_week": r"(4|four)[- ]day (working )?week|compressed hours",
    "flexible_hours": r"flexible (hours|working|schedule)|flexi[- ]?time|core hours|self[- ]?schedul\w*|"
    r"pick your own shifts",
    "overtime": r"overtime|extended (?:working )?hours|long hours|\d{2}[- ]hour weeks",
    "guaranteed_hours": r"guaranteed (?:hours|shifts|\d+ hours)|\d+ guaranteed hours|(?:hours|shifts) guaranteed|"
    r"no call[- ]?offs",
    "fifo": r"fifo|fly[- ]in[,/ -]+fly[- ]out|dido|drive[- ]in[,/ -]+drive[- ]out|swing rosters?",
    "live_in": r"live-in|live in (?:role|position|post)|(?:staff|on-?site) (?:accommodation|quarters)",
    "bank_holidays": r"(?:bank|public|stat|statutory) holidays?|boxing day|christmas day",
    # a school's year: "Term-time only, 39 weeks a year", "school holidays off"
    "term_time": r"term[- ]?time|(?:38|39|40) weeks (?:a|per|of the) year|school holidays off",
}
# Worked the whole year, school holidays too: "52 weeks", "all year round", "open 51 weeks a year".
_ALL_YEAR = re.compile(
    r"\b(?:5[12][- ]weeks?|all year round|year[- ]round|school holidays included|"
    r"(?:open|working|work) (?:through|during) (?:the )?school holidays)\b"
)
# Support within office hours only: "Business hours support only", "support is 9-5 only".
# US shift hours with a bare "a" or "p": "7a-7p", "10p-6a", "3p - 11:30p".
_AP_CLOCK = re.compile(r"\b(\d{1,2}(?::[0-5]\d)?) ?([ap])\b(?=\s?(?:-|–|to)\s?\d|[\s,.;)]|$)")
# A role worked by day: "(Days)", "day shift only", "3x12s days", "7am-7pm", "first shift".
_DAYS_ONLY = re.compile(
    r"\((?:days?|day shift)\)|[-–|]\s*days?\s*$|\bdays? shifts?(?! differential)\b(?!\s*(?:/|and|or|&)\s*nights?)|"
    r"\b(?:3|4|5)x(?:8|10|12)s?,? days\b|\b12s,? days\b|\bdays only\b|\b(?:1st|first) shift\b|"
    r"\b0?7(?::00)? ?am ?(?:-|–|to) ?0?7(?::[03]0)? ?pm\b",
    re.M,
)
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
    r"(?<![\d.])\b(?:[1-3]|one|two|three)[- ]days?[- ](?:a[- ]|per |/ ?)?(?:week|wk)\b"
    r"(?!\s*(?:in|at|on|from)\s+(?:the |our |an? )?(?:\w+\s+)?(?:office|site|hq|studio|campus)|"
    r"\s*on[- ]?site|\s*in[- ](?:office|person))|"
    r"\bpt\b(?=\s*(?:role|position|contract|job|hours|basis|,|\)|/))|\bft/pt\b|\bpt/ft\b"
)
# Full-time hours: "full-time", "FT", 35-48 hours a week, "Mon-Fri 9-5".
_FULL_TIME = re.compile(
    r"\bfull[- ]?time\b|\bft\b|\bvoltijd\b|\bvollzeit\b|\btemps plein\b|\btiempo completo\b|"
    r"\btempo (?:integral|pieno)\b|(?<![\d.])\b(?:3[5-9]|4[0-8]) ?(?:uur|stunden|heures|horas)\b|"
    rf"(?<![\d.])\b(?:3[5-9]|4[0-8])(?:\.\d)?\s*(?:hours|hrs|h)\b{_WEEK}|"
    r"\b(?:0?[7-9])(?::[0-5]\d)?\s*(?:am)?\s*(?:-|–|to)\s*(?:0?[4-6]|1[6-8])(?::[0-5]\d)?\s*(?:pm)?\b"
)
_OFFICE_WORDS = re.compile(r"\b(?:office|on[- ]?site|hybrid|in[- ]person|hq|studio)\b")


# "Two days a week in Dublin 2": the days in a place are office days, not part-time hours.
_AT_A_PLACE = re.compile(
    r"\s*(?:in|at)\s+(?:our\s+|the\s+)?(?:"
    + "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True) if len(p) > 2)
    + r")\b"
)


def _hours(lower: str) -> tuple[bool, bool]:
    """(part time, full time) as the role's lines state their hours."""
    part = full = False
    for line in lower.split("\n"):
        found = _PART_TIME.search(line)
        if found and not (
            found.group().rstrip().endswith(("week", "wk"))
            and "day" in found.group()
            and (_OFFICE_WORDS.search(line) or _AT_A_PLACE.match(line, found.end()))
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
_SPONSOR_NO = re.compile(
    rf"{_NEG}\s+(?:[\w-]+\s+){{0,3}}(?:sponsor|visa)|"
    rf"must (?:already )?have (?:the |a |full )?(?:right|"
    r"permission|authori[sz]ation|eligibility) to work|right to work in [\w ]{2,20}?(?:is )?required|"
    r"must be (?:legally )?(?:eligible|authori[sz]ed|entitled|able|permitted) to work|"
    r"(?:sponsorship|sponsoring)\W{0,3}(?:is )?(?:not|un)(?: \w+)? ?(?:available|offered|possible|"
    r"provided)|sponsorship\W{0,3}(?:no|none|n/a)\b|"
    # "Singapore citizens and PRs only", "cannot support Employment Pass applications"
    r"\bcitizens?(?: and| or|,|/) ?(?:prs?|permanent residents?) only|"
    rf"{_NEG}\s+(?:[\w-]+\s+){{0,2}}(?:employment pass|work pass|s pass|work permit)|"
    # Canada's labour market impact assessment, the employer's part of a work permit
    rf"{_NEG}\s+(?:[\w-]+\s+){{0,2}}(?:an? )?lmias?\b|\bno lmias?(?: support| sponsorship)?\b",
    re.I,
)
# Sponsorship offered: "visa sponsorship available", "we sponsor visas", "Visa sponsorship (HSM
# permit) and relocation", "can sponsor a Blue Card", "work permits supported".
_PERMIT = (
    r"(?:visas?|work permits?|permits?|blue cards?|h-?1bs?|skilled worker(?: visas?)?|"
    r"hsm(?: permits?| visas?)?|highly skilled migrant(?: permits?| visas?)?|tier 2(?: visas?)?|"
    r"work authori[sz]ations?|immigration|lmias?)"
)
_SPONSOR_YES = re.compile(
    rf"(?:visa |permit )?sponsorship (?:is )?(?:available|offered|provided|included|possible)|"
    rf"(?:we|can|will|able to|happy to|do|does) sponsor|sponsor(?:s|ing)? (?:a |an |the |your )?"
    rf"{_PERMIT}|{_PERMIT} (?:\w+ )?sponsorship|{_PERMIT} (?:is |are |can be |will be )?sponsored|"
    rf"sponsorship\b[^.\n]{{0,60}}\b(?:available|offered|provided|included)|^\W*sponsorship\b|"
    rf"(?:support|help|assist)(?:s|ed|ing)?(?: you)?(?: with)? (?:your |the |all )?{_PERMIT}|"
    rf"{_PERMIT} (?:support|assistance|help)",
    re.I | re.M,
)
# "(you) would need a visa sponsored": the candidate's need, not the role's offer.
_NEEDED = re.compile(r"\bneed(?:s|ed)?\b[^.\n]{0,40}$", re.I)


def _sponsors(terms: str) -> bool:
    return any(
        not _NEEDED.search(terms, max(0, m.start() - 50), m.start())
        for m in _SPONSOR_YES.finditer(terms)
    )


_RELOCATION = re.compile(
    r"relocation (package|support|assistance|budget|bonus)|help(ing)? you relocate|relo package",
    re.I,
)
# The kind of travel may stand between the share and the word: "40% outstation travel",
# "about 30% international travel".
_TRAVEL_KIND = (
    r"(?:(?:outstation|domestic|international|overseas|regional|national|field|client|site|"
    r"business|customer|territory)\s+)?"
)
_TRAVEL = re.compile(
    rf"(?:up to|around|about|~)?\s*(\d{{1,2}})\s?%\s*(?:of the time\s*)?{_TRAVEL_KIND}travel|"
    r"travel[^.]{0,30}?(\d{1,2})\s?%",
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
# Time away by the month: "one week a month at the Stuttgart head office", "two weeks a month on
# site for launches", "3 days a month at the client" (a week or more a week is office days).
_AWAY_BY_MONTH = re.compile(
    r"\b(one|two|three|a|an|[1-3])\s+(weeks?|days?)\s+(?:a|per|each|every)\s+month\b"
    r"(?=[^.\n;]{0,40}?\b(?:at|in|on[- ]?site|on the road|travel\w*|visiting|to)\b)",
    re.I,
)
# ... said after the trips: "travelling to Singapore and Tokyo about one week a month", "with
# travel to targets across Europe most weeks".
_TRAVEL_THEN_HOW_OFTEN = re.compile(
    r"\btravel\w*\s+(?:to|across|around|between|into|out to)\b[^.\n;]{0,60}?\b(?:(?P<n>one|two|three|a|an|[1-3])\s+(?P<unit>weeks?|days?)\s+(?:a|per|each|"
    r"every)\s+month|(?P<most>most|every|each)\s+weeks?)\b",
    re.I,
)
_COUNT = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3}


# A driver's time away from home: "over-the-road, out three weeks", "OTR", "regional, home
# weekends" - most of the time away ("local, home daily" is none).
_ON_THE_ROAD = re.compile(
    r"\b(?:otr|over[- ]the[- ]road|out (?:two|three|four|2|3|4)(?: to (?:three|four|3|4))? weeks|"
    r"out for weeks|home (?:weekly|every weekend|on weekends|every other week))\b",
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
        return int(found.group(1) or found.group(2)) / 100
    if found := _TRAVEL_SHARE_WORDS.search(terms):
        return _SHARES[found.group(1).lower()]
    if found := _AWAY_BY_MONTH.search(terms):
        n = _COUNT.get(found.group(1).lower()) or int(found.group(1))
        per_month = 4.33 if found.group(2).lower().startswith("week") else 21.7
        return round(min(1.0, n / per_month), 2)
    if (share := _how_often(terms)) is not None:
        return share
    if _TRAVEL_WORDS.search(terms):
        return 0.4
    if _ON_THE_ROAD.search(terms):
        return 0.8
    if _HOME_DAILY.search(terms) and _DRIVING_JOB.search(terms):
        return 0.0  # a local route: home every night, no time on the road away
    return None


def _how_often(text: str) -> float | None:
    """ "travelling to Singapore about one week a month": the share said after the trips."""
    found = _TRAVEL_THEN_HOW_OFTEN.search(text)
    if not found:
        return None
    if found["most"]:
        return 0.6 if found["most"].lower() == "most" else 0.8
    n = _COUNT.get(found["n"].lower()) or int(found["n"])
    per_month = 4.33 if found["unit"].lower().startswith("week") else 21.7
    return round(min(1.0, n / per_month), 2)


_TRAVEL_WORDS = re.compile(
    r"\b(frequent|regular|extensive|significant) travel|travel (is )?required|"
    r"travel(ling)? (to|across) (clients|sites|customers)|outstation (travel|audits?|visits?|trips?)|"
    # stays away on site work: "stopovers Monday to Thursday, digs paid", "nights away from home"
    r"\bstop-?overs\b|\bdigs (paid|provided|covered)|overnight stays|nights away from home",
    re.I,
)
# Travel abroad: "international travel", "trips to our US customers", "flights to the Lagos office".
_TRAVEL_LINE = re.compile(
    r"\b(?:travel\w*|trips?|visits?|visiting|fly|flights?|flying|on the road|nights away|"
    r"(?:weeks?|days?) (?:per|a|each|every) (?:quarter|month|year)\b[^\n.;]{0,30}?"
    r"\b(?:at|in|to) (?:our |the )?(?:hq|head ?office|headquarters|office))\b",
    re.I,
)
_ABROAD = re.compile(
    r"\b(?:international(?:ly)?|abroad|overseas|long[- ]haul|worldwide|global(?:ly)?)\b", re.I
)
_AT_HOME = re.compile(r"\b(?:domestic(?:ally)?|within (?:the )?country|no international)\b", re.I)
# A country, and the cities a role's location may name instead of it (enough to tell "US
# customers" from an office in Pune).
_COUNTRIES = {
    "us": "us usa u.s. america united states new york san francisco seattle austin chicago boston "
    "dallas denver atlanta miami los angeles",
    "uk": "uk u.k. united kingdom britain england scotland wales london manchester leeds "
    "birmingham bristol edinburgh glasgow cardiff belfast",
    "ireland": "ireland dublin cork galway",
    "canada": "canada toronto vancouver montreal ottawa calgary",
    "india": "india pune mumbai bangalore bengaluru delhi hyderabad chennai gurgaon noida",
    "nigeria": "nigeria lagos abuja",
    "south africa": "south africa johannesburg cape town durban sandton",
    "australia": "australia sydney melbourne brisbane perth",
    "new zealand": "new zealand auckland wellington christchurch",
    "germany": "germany berlin munich hamburg frankfurt",
    "france": "france paris lyon",
    "netherlands": "netherlands amsterdam rotterdam",
    "singapore": "singapore",
    "japan": "japan tokyo",
    "uae": "uae dubai abu dhabi",
    "denmark": "denmark copenhagen aarhus",
    "sweden": "sweden stockholm gothenburg malmo malmö",
    "norway": "norway oslo",
    "finland": "finland helsinki",
    "spain": "spain madrid barcelona",
    "portugal": "portugal lisbon porto",
    "poland": "poland warsaw krakow",
    "switzerland": "switzerland zurich geneva",
    "austria": "austria vienna",
    "belgium": "belgium brussels",
    "italy": "italy milan rome",
    "kenya": "kenya nairobi",
    "malaysia": "malaysia kuala lumpur",
}


def _country_of(text: str) -> set[str]:
    lower = f" {text.lower()} "
    return {
        country
        for country, names in _COUNTRY_NAMES.items()
        if any(
            f" {name} " in lower or f" {name}," in lower or f"({name}" in lower for name in names
        )
    }


def _names(names: str) -> list[str]:
    words, out = names.split(), []
    # two-word names first ("new york", "united states", "cape town")
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if pair in _MULTI:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


_MULTI = {
    "united states",
    "new york",
    "san francisco",
    "los angeles",
    "united kingdom",
    "south africa",
    "cape town",
    "new zealand",
    "abu dhabi",
    "kuala lumpur",
}


_COUNTRY_NAMES = {country: tuple(_names(names)) for country, names in _COUNTRIES.items()}


def _travel_abroad(terms: str, location: str | None) -> bool | None:
    """Whether the role's travel crosses a border: said so, or a country named in a travel line
    other than the role's own."""
    home = _country_of(location or "")
    for line in re.split(r"[\n.;]", terms):
        if not _TRAVEL_LINE.search(line):
            continue
        if _AT_HOME.search(line):
            return False
        if _ABROAD.search(line):
            return True
        named = _country_of(re.sub(r"[^\w ,()]", " ", line))
        if named and home and named - home:
            return True
        if named and home and named <= home:
            return False
    return None


_CONTRACT = [
    (
        "fixed_term",
        re.compile(
            r"fixed[- ]term|\bftc\b|maternity cover|\d{1,2}[- ]?(?:month|mo)s?\b(?:[- ]long)?\s+"
            r"(?:[\w-]+\s+){0,2}?(?:contract|role|position|engagement|assignment)\b",
            re.I,
        ),
    ),
    ("freelance", re.compile(r"\bfreelance\b", re.I)),
    # a project's seat ends with it: "project-based", "contractual" (the Philippines)
    ("fixed_term", re.compile(r"\bproject[- ]?based\b|\bcontractual\b", re.I)),
    (
        "contract",
        re.compile(
            r"\b(contract (role|position|basis)|day rate|inside ir35|outside ir35|contractor|"
            r"(?:w-?2|1099|c2c|corp[- ]to[- ]corp) (?:contract|role|basis)|(?<!no )(?<!not )(?<!never )(?:"
            r"contract[- ]to[- ]hire|c2h|(?:third[- ]party|vendor'?s?|partner'?s?) payroll))\b|"
            r"[(\-–—]\s*contract\s*(?:\)|$)",  # a title's "(Contract)", "- Contract"
            re.I,
        ),
    ),
    # a travel nurse's or locum's assignment: "13-week travel contract", "Travel RN - ICU"
    (
        "contract",
        re.compile(
            r"\b\d{1,2}[- ]?(?:week|wk)s? (?:travel |local |locum )?(?:contract|assignment)s?\b|"
            r"\btravel (?:contract|assignment)s?\b|^travel (?:rn|nurse|lpn|cna|tech\w*|therapist|rrt)\b",
            re.I | re.M,
        ),
    ),
    (
        "permanent",
        re.compile(
            r"\b(permanent|perm role|full[- ]time permanent|clt|cdi|festanstellung|"
            # made regular after probation: "Regularization after 6 months", "direct hire"
            r"regulari[sz]ation|regulari[sz]ed after|regular (?:employment|status|position|hire)|"
            r"direct hire)\b",
            re.I,
        ),
    ),
]
_MANAGES = re.compile(
    r"\b(manage|managing|lead|leading|line[- ]manag\w*)\s+(a|the|our)?\s*"
    r"(team|squad|group)\s*(of\s*\d+)?|"
    r"direct reports|people (management|leadership)|line management|grow (and lead )?the team",
    re.I,
)
# Running the place outside an office, with the people in it: "Head Chef", "lead the kitchen and
# its brigade of six", "run the ward", "Ward Manager".
_RUNS_THE_PLACE = re.compile(
    r"\b(?:head|executive) chef\b|\bhead of department\b|\bward manager\b|\bstore manager\b|"
    r"\b(?:lead|leading|run|running|manage|managing)\s+(?:the\s+|a\s+|our\s+)?"
    r"(?:kitchen|brigade|ward|department|store)\b|\bbrigade of (?:\d+|\w+)\b",
    re.I,
)
# A title that runs a site or a crew: "Site Manager", "Electrical Chargehand", "General Foreman",
# "Shift Supervisor" (the title only: a description's "reporting to the site manager" is not it).
_RUNS_A_SITE = re.compile(
    r"(?<!assistant )(?<!assistant-)\b(?:site|construction) manager\b|\b(?:general )?fore(?:man|woman)\b|"
    r"\bcharge ?hand\b|\bsupervisor\b|\bleading hand\b",
    re.I,
)
# Technical leadership, with or without reports: "set the technical direction", "lead design
# reviews", "Tech Lead", "own the architecture".
_SETS_DIRECTION = re.compile(
    r"\b(?:(?:set|sets|setting|own|owns|owning|drive|drives|driving|shape|shapes|shaping)\s+"
    r"(?:the\s+|our\s+)?(?:technical|tech|engineering|architectural)\s+(?:direction|vision|"
    r"strategy|roadmap)|tech(?:nical)?[- ]lead(?:ership)?|lead(?:ing)?\s+(?:the\s+)?"
    r"(?:design|architecture)\s+reviews?|own(?:s|ing)?\s+the\s+architecture)\b",
    re.I,
)
_NO_MANAGING = re.compile(
    r"\b(individual contributor|\bIC\b role|no (line |people )?management|hands[- ]on,? not managing|"
    r"(no|zero|without|not have any|no formal) (direct )?reports)",
    re.I,
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


# A large company, by its own description: "one of Europe's largest insurers", "a FTSE 100
# bank", "a Fortune 500 retailer", "50,000 employees".
_LARGE = re.compile(
    r"\b(?:one of (?:the )?(?:[\w'’]+ )?(?:largest|biggest)|(?:ftse|fortune|s&p|dax|cac|euro ?stoxx|"
    r"nikkei|nifty|sensex|asx|tsx) ?\d{2,3}|global (?:bank|insurer|leader|brand|enterprise|3pl|network|"
    r"carrier|airline|forwarder|logistics (?:provider|company|group))|multinational|"
    # "one of the Big Four", "a Big 4 firm": the few largest of a trade
    r"one of the big (?:three|four|five|3|4|5)|(?:a|the) big (?:four|4) (?:firm|bank|accountanc\w*|practice)|"
    r"(?:a|an|the) global (?:[\w-]+ (?:and |& )?){0,3}(?:manufacturer|maker|producer|group|company)|"
    r"national (?:chain|network|newsroom|newspaper|broadcaster)|nationwide (?:chain|network)|"
    r"blue[- ]chip|household name|listed (?:company|group|on the))\b",
    re.I,
)
# Present in many countries: "offices in 60 countries", "a 3PL in 40+ countries" (a team this
# small, said beside it, is not a large company: "12 people serving clients in 30 countries").
_COUNTRIES = re.compile(r"\bin (?:over |more than )?(?:[2-9]\d|[1-9]\d\d)\+? countries\b", re.I)
_HEADCOUNT = re.compile(
    r"\b(?P<n>\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?\s?k|\d{4,})\+?\s+(?:employees|staff|people|"
    r"colleagues|team members|associates|seats)\b",
    re.I,
)


# A company's size said as a number before what it is: "a 22-person Series A", "a 300-strong
# scale-up", "a team of 15".
_SIZE_BEFORE = re.compile(
    r"\b(?P<n>\d{1,3}(?:,\d{3})*)[- ](?:person|people|strong|employee|staff|seat)\b|"
    r"\b(?:we(?:'re| are) (?:a team of|just|only)|a (?:small )?team of|"
    # the workplace and its headcount: "an independent studio of 12", "a practice of 8"
    r"(?:studio|firm|practice|agency|company|business|outfit|shop) of) (?P<m>\d{1,3})\b"
    r"(?! (?:years?|%|countries|sites|offices|locations|stores|venues|hotels|schools|brands))",
    re.I,
)
# A firm run by its owners or kept small on purpose, not a group: "family-owned", "a boutique
# BPO", "owner-managed" (a headcount of 1,000 or more, or a listing, still makes it large).
_OWNER_RUN = re.compile(
    r"\b(?:family[- ](?:owned|run|business|firm|company)|owner[- ](?:run|managed|led|operated)|"
    r"boutique|independent(?:ly owned)? (?:firm|agency|company))\b",
    re.I,
)
# Its stage, by its funding round or as it calls itself.
_EARLY_STAGE = re.compile(
    r"\b(?:pre-?seed|seed[- ](?:stage|funded|round)|series a|early[- ]stage startup|"
    r"we(?:'re| are) (?:an? )?(?:[\w-]+ ){0,2}start-?up|"
    # the start-up the role joins: "join a 15-person hydrogen start-up" (not "start-up experience")
    # (not a requirement's "worked for a start-up")
    r"(?:join|joining|joins|(?<!worked )(?<!working )(?<!work )for|is|are) (?:a|an|our) "
    r"(?:\d+[- ](?:person|people|strong) )?(?:[\w-]+ ){0,2}"
    r"start-?up(?! (?:experience|environment|background|mentality|mindset|culture|world)\b)|"
    # a venture still being founded: "founding crew for a new regional airline", "launching next spring"
    r"founding (?:crew|team|members?|hires?|staff|employees?|engineers?)|"
    r"(?:a|an|our) new (?:[\w-]+ ){0,2}(?:airline|carrier|venture)|"
    r"(?:airline|carrier|company|business|venture|brand|operator|start-?up),? (?:is )?launching "
    r"(?:next|this|in|later|early))\b",
    re.I,
)
_LATER_STAGE = re.compile(
    r"\b(?:series [b-e]|(?:a|an|we're a|we are a) (?:[\w-]+ ){0,2}scale-?up)\b", re.I
)


# Funded by venture capital: a priced round or investors named as such.
_VC_BACKED = re.compile(
    r"\b(?:series [a-e]|(?:vc|venture)[- ](?:backed|funded)|backed by [^.\n]{0,40}?"
    r"(?:ventures|capital|partners|a16z|sequoia|accel|index|vcs?)\b)",
    re.I,
)


# A public employer by name: "NHS trust", "NHS Scotland", "the civil service", "a county council".
_PUBLIC = re.compile(
    r"\b(?:nhs|civil service|local authority|(?:county|city|borough|district) council|"
    r"government department|public sector|national oil company|state[- ]owned|government[- ]linked|"
    r"semi[- ]government(?:al)?)\b",
    re.I,
)


# Split shifts (a break mid-day between two services) or said to be none: "straight shifts, no
# splits", "no split shifts".
_SPLITS = re.compile(r"\bsplit(?:[- ]shifts?|s\b)", re.I)
_NO_SPLITS = re.compile(
    r"\b(?:no|without|zero|never)\s+split(?:[- ]shifts?|s\b)|\bstraight shifts?\b", re.I
)


def _split_shifts(terms: str) -> bool | None:
    if _NO_SPLITS.search(terms):
        return False
    return True if _SPLITS.search(terms) else None


# A private employer said as such, which no mention of the NHS beside it makes public: "private MSK
# clinic, no NHS contracts", "independent sector hospital", "non-NHS".
_PRIVATE = re.compile(
    r"\b(?:private (?:clinic|practice|hospital|sector|healthcare|provider|company|dental|dentistry|"
    r"cosmetic|physio\w*|msk|care (?:home|group|provider))|privately (?:funded|owned|run)|"
    r"independent (?:sector|hospital|provider)|no nhs(?: contracts?| work| patients| funding)?|non[- ]nhs)\b",
    re.I,
)


def _company(text: str) -> frozenset[str]:
    public = (
        frozenset({"public_sector"})
        if _PUBLIC.search(text) and not _PRIVATE.search(text)
        else frozenset()
    )
    return _size(text) | public  # "NHS trust", "a county council"


# A hospital's size by its beds: "a 1,200-bed Magnet academic medical center" is a big system (a
# unit's "30-bed telemetry unit" is not the hospital's).
_BEDS = re.compile(
    r"\b(?P<n>\d{1,2},\d{3}|\d{1,4})[- ]bed\b(?! (?:unit|ward|floor|icu|wing|department|step-?down|"
    r"med[- /]?surg|tele\w*|pcu|nicu|picu|er|ed|or|l&d))",
    re.I,
)
# A small hospital by its kind: "a critical access hospital", "a rural community hospital".
_SMALL_HOSPITAL = re.compile(r"\bcritical access hospital|\brural (?:community )?hospital\b", re.I)


def _size(text: str) -> frozenset[str]:
    if _LARGE.search(text):
        return frozenset({"large", "enterprise"})
    for m in _HEADCOUNT.finditer(text):
        raw = m["n"].lower().replace(" ", "")
        n = float(raw[:-1]) * 1000 if raw.endswith("k") else float(re.sub(r"[,.]", "", raw))
        if n >= 1000:
            return frozenset({"large", "enterprise"})
    for m in CHAIN.finditer(text):
        if int(m["n"].replace(",", "")) >= 20:
            return frozenset({"large", "enterprise"})  # "a 70-hospital national chain"
    small_hospital = bool(_SMALL_HOSPITAL.search(text))
    for m in _BEDS.finditer(text):
        beds = int(m["n"].replace(",", ""))
        if beds >= 400:
            return frozenset({"large", "enterprise"})  # "a 1,200-bed academic medical center"
        small_hospital = small_hospital or beds < 100  # "a 25-bed critical access hospital"
    kinds: set[str] = set()
    for m in _SIZE_BEFORE.finditer(text):
        n = int((m["n"] or m["m"]).replace(",", ""))
        if n >= 1000:
            return frozenset({"large", "enterprise"})
        if n < 50:
            kinds.add("small")  # "a 22-person Series A"; 50-999 says neither small nor large
    if small_hospital:
        kinds.add("small")
    if _OWNER_RUN.search(text):
        kinds.add("small")  # "a family-owned manufacturer", "a 60-seat boutique BPO": no group
    if _EARLY_STAGE.search(text):
        kinds.add("startup")
    elif _LATER_STAGE.search(text):
        kinds.add("scaleup")
        if "small" in kinds:
            kinds.add("startup")  # "Series B, 40 people": a scale-up still the size of a start-up
    if _COUNTRIES.search(text) and not kinds & {"small", "startup"}:
        return frozenset({"large", "enterprise"})  # "a 3PL in 60 countries"
    return frozenset(kinds)


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


# Calls out of hours with another region, as a duty: "two evening syncs a week with Amsterdam".
_LATE_CALLS = re.compile(
    r"\b(?:late|evening) (?:calls?|meetings?|syncs?|stand-?ups?)\b|"
    r"\buntil (?:about |around |roughly )?(?:9|10|11)(?:[:.]\d\d)? ?pm\b",
    re.I,
)


# A rate named before its amount ("Day rate €550–650", "hourly rate: $45"): the period said
# after an amount ("€45/hour", "SGD 8,000 a month") is read with the amount itself.
_RATE_BEFORE = re.compile(r"\b(?P<per>day|daily|hourly|monthly) rate\W*$")
_RATE_PERIOD = {"day": "day", "daily": "day", "hourly": "hour", "monthly": "month"}


def _pay(text: str) -> tuple[int | None, int | None, str | None, str]:
    """The band or rate a role's text states, with its currency (any the reader knows: £, C$,
    AUD, SGD…) and its period ("C$85–95/h", "€600 a day", "SGD 8,000 - 9,500 per month")."""
    lower = text.lower()
    for found in money.SYMBOLED.finditer(lower):
        period = money.period(found)
        if period is None and (
            rate := _RATE_BEFORE.search(lower[max(0, found.start() - 20) : found.start()])
        ):
            period = _RATE_PERIOD[rate["per"]]  # "Day rate €550–650"
        mult = found["mult"] or found["himult"]
        lo = money.number(found["num"]) * money.multiplier(mult)
        hi = (
            money.number(found["hi"]) * money.multiplier(found["himult"] or found["mult"])
            if found["hi"]
            else lo
        )
        if money.multiplier(mult) >= 1_000_000 and _NOT_PAY_AFTER.match(lower, found.end()):
            continue  # "a $30m mid-rise build", "a $2bn property portfolio": what the job runs
        if period is None:
            if not mult and lo < 1000 and hi < 1000:
                lo, hi = lo * 1000, hi * 1000  # "£70-85" in a salary line: thousands
            if lo < 10_000:  # an allowance or a budget, not a salary band
                continue
        currency = money.currency(found, lower)
        return int(round(lo)), int(round(max(hi, lo))), currency, period or "year"
    return None, None, None, "year"


# What a sum in millions is, when it is not pay: "$30m mid-rise build", "£2bn portfolio".
_NOT_PAY_AFTER = re.compile(
    r"\W*(?:[\w-]+ ){0,3}?(?:builds?|projects?|portfolios?|funds?|budgets?|revenue|turnover|"
    r"contracts?|programmes?|programs?|developments?|refurb\w*|fit-?outs?|schemes?|books?|"
    r"business(?:es)?|company|raise|round|valuation|sites?|jobs?|spend|p&l|pipeline|upgrades?|"
    r"works|assets|under management|aum|account|accounts)\b"
)


# A figure in a role's text ("18,000", "22.000", "18k", "22 mil", "9 500") and the period said
# beside it ("brutos mensuales" read as "gross a month", "/month", "per annum").
_FIGURE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?:\s?(k|mil|tys\.?|tsd\.?|thousand)\b)?"
)
_PERIOD_WORD = re.compile(
    r"(?:\b(?:a|per|an|each|every)\s+|/\s?)(month|mo|year|yr|annum|hour|hr|h|day|week|wk)\b|"
    r"\b(monthly|yearly|annual(?:ly)?|hourly|daily|weekly|p\.?a\.?)(?!\w)",
    re.I,
)
_PERIOD_OF = {"month": "month", "mo": "month", "monthly": "month", "year": "year", "yr": "year",
              "annum": "year", "yearly": "year", "annual": "year", "annually": "year", "pa": "year",
              "p.a.": "year", "p.a": "year", "hour": "hour", "hr": "hour", "h": "hour",
              "hourly": "hour", "day": "day", "daily": "day", "week": "week", "wk": "week",
              "weekly": "week"}  # fmt: skip


def _band_period(low: int | None, high: int | None, text: str) -> str | None:
    """The period a role's own text gives its band's figures: salary fields of 18,000-22,000 and
    an offer "$18,000-$22,000 MXN brutos mensuales" make a monthly band. Only the same figures
    count - never the size of the numbers alone."""
    figures = {n for n in (low, high) if n}
    for line in text.split("\n"):
        for found in _FIGURE.finditer(line):
            value = int(re.sub(r"\D", "", found.group(1))) * (1000 if found.group(2) else 1)
            if value not in figures:
                continue
            after = _PERIOD_WORD.search(line, found.end(), found.end() + 50)
            before = _PERIOD_WORD.search(line[max(0, found.start() - 30) : found.start()])
            said = after or before
            if said:
                word = (said.group(1) or said.group(2)).lower().replace(" ", "")
                return _PERIOD_OF.get(word, _PERIOD_OF.get(word.rstrip("."), "year"))
    return None


# Pay with commission or bonus on top, stated as such: "OTE €130k", "on-target earnings of
# $180k", "total comp up to £150k".
_TOTAL_PAY = re.compile(
    r"\b(?:ote|on[- ]target(?: earnings)?|total comp(?:ensation)?|tc|total package)\b", re.I
)


def _total_pay(terms: str) -> int | None:
    """The top of the on-target earnings a role states, in the band's currency and period."""
    for line in re.split(r"[\n;]", terms):
        if _TOTAL_PAY.search(line):
            _, hi, _, period = _pay(line)
            if hi and period == "year":
                return hi
    return None


def _city(location: str | None) -> str | None:
    if not location:
        return None
    city = re.split(r"[,(/]| or ", location)[0].strip()
    return city or None


def role_facts(
    *,
    title: str,
    description: str | None = None,
    requirements: str | None = None,
    offers: tuple[str, ...] | list[str] = (),
    remote_policy: str | None = None,
    location: str | None = None,
    seniority: str | None = None,
    salary_min: int | None = None,
    salary_max: int | None = None,
    currency: str | None = None,
    department: str | None = None,
) -> RoleFacts:
    """The role's terms from its fields, completed (never overridden) by its text."""
    if description and foreign_cjk.has_script(description):
        # a description in Japanese, Korean or Chinese: its terms glossed in English after it
        description = f"{description}\n{foreign_cjk.role_gloss(description)}".strip()
    # Its terms in another language are read through their English ("Kein Visa-Sponsoring
    # möglich", "Escala 6x1, inclui domingos"); its own words stay in ``text`` below.
    said_title, said_description, said_requirements = title, description, requirements
    title = english(title)
    description = english(description) if description else description
    requirements = english(requirements) if requirements else requirements
    offers = tuple(english(offer) for offer in offers)
    sections = split_role_text(description or "")
    terms = "\n".join([*offers, *sections.lines("conditions", "offers", "about"), title])
    lower = terms.lower()
    mode = remote_policy
    # What the company says of itself, wherever in the description (but not what it asks for).
    said = "\n".join([terms, *sections.lines("duties", "about")])
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
            if _OFFICE_WORDS.search(line.lower()) and (named := office_weekdays(line))
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
        days = 5 - _DAYS[(found.group(1) or found.group(2)).lower()]  # "2 days from home": 3 in
    elif mode == "hybrid" and weekdays:
        days = len(weekdays)
    elif mode == "hybrid" and _MOST_DAYS.search(terms):
        days = 4
    elif mode == "onsite":
        days = 5
    if location is None and (found := _LOCATION.search(terms)):
        location = found.group(1)
    period = "year"
    if salary_max is None:
        # The terms first; else a rate anywhere in the description ("CAD 85-95 per hour" after
        # what the job is), since an amount with a currency is pay wherever it is said.
        lo, hi, cur, period = _pay(terms)
        if hi is None:
            lo, hi, cur, period = _pay(description or "")
        salary_min, salary_max, currency = lo, hi, currency or cur
    else:
        # The band's fields hold no period: the role's own text may say it of the same figures.
        period = (
            _band_period(salary_min, salary_max, "\n".join([terms, description or ""])) or "year"
        )
    schedule, no_schedule = set(), set()
    lower += "".join(f"\n{line.lower()}" for line in _rota_duties(requirements, sections))
    lower = _AP_CLOCK.sub(r"\1\2m", lower)  # "7a-7p", "10p-6a": a US shift's hours
    for kind, pattern in _SCHEDULE.items():
        for found in re.finditer(rf"\b(?:{pattern})", lower):
            before = lower[max(0, found.start() - 40) : found.start()]
            clause = re.split(r"[.;,\n]|\bbut\b", before)[-1]
            line_start = lower.rfind("\n", 0, found.start()) + 1
            if _OTHERS_COVER.search(lower, line_start, found.start()) or _COVERED_BY_OTHERS.match(
                lower, found.end()
            ):
                no_schedule.add(kind)  # "a separate operations team covers nights and weekends"
                continue
            (no_schedule if re.search(rf"\b{_NEG}\b", clause) else schedule).add(kind)
    if "term_time" not in schedule and _ALL_YEAR.search(lower):
        no_schedule.add("term_time")  # "52 weeks, school holidays included": not term-time only
    if re.search(r"\blive[- ]out\b", lower) and "live_in" not in schedule:
        no_schedule.add("live_in")  # "Live-out; no staff accommodation"
    if re.search(r"\bzero[- ]hours?\b", lower):
        schedule.discard("guaranteed_hours")  # "casual, zero-hours": no hours promised
        no_schedule.add("guaranteed_hours")
    if "nights" not in schedule and _DAYS_ONLY.search(lower):
        no_schedule.add("nights")  # "RN - Telemetry (Days)", "3x12s, day shift only": no nights
    if _BUSINESS_HOURS_ONLY.search(lower) and "on_call" not in schedule:
        no_schedule.add("on_call")  # "business hours support only": nobody is paged at night
    part, full = _hours(lower)
    if part:
        schedule.add("part_time")
    elif full and "part_time" not in schedule:
        no_schedule.add("part_time")  # "Full-time, 40 hours a week": not part-time hours
        if "four_day_week" not in schedule:
            no_schedule.add("four_day_week")  # nor a four-day week it does not name
    starts, ends, shift_hours = role_hours(
        "\n".join([lower, *sections.lines("duties", "about")]).lower()
    )
    sponsorship = True if _sponsors(terms) else None
    # The requirement lines, of the description or the role's own requirements field.
    if _SPONSOR_NO.search("\n".join([terms, *sections.lines("requirements"), requirements or ""])):
        sponsorship = False  # "must have the right to work in the UK" is a requirement line
    travel = _travel_share(terms)
    if travel is None:  # "a week in Jakarta every quarter", "about 40% of the time on the road"
        travel = role_share(said)
    if (
        travel is None
    ):  # "travelling to Singapore and Tokyo about one week a month" among the duties
        travel = _how_often(said)
    contract = next((kind for kind, pattern in _CONTRACT if pattern.search(terms)), None)
    forms, no_forms = role_forms("\n".join([terms, description or ""]))
    manages: bool | None = None
    if (
        seniority in LEADING
        or _MANAGES.search("\n".join([title, *sections.lines("duties"), terms]))
        or _RUNS_THE_PLACE.search("\n".join([title, description or ""]))
        or _RUNS_A_SITE.search(title)
    ):
        manages = True
    if _NO_MANAGING.search(said):  # "Individual contributor role." among the duties
        manages = False
    industries = role_industries(
        title=title, department=department, text="\n".join([*offers, description or ""])
    )
    missions = role_missions(
        title=title,
        lines=[*offers, *sections.lines("duties", "offers", "conditions", "about")],
        industries=industries,
    )
    # a licence is asked for among the requirements as often as among the terms
    drives, company_car = role_needs(
        "\n".join([title, *offers, description or "", requirements or ""])
    )
    return RoleFacts(
        driving=drives,
        company_car=company_car,
        # a clearance is asked for wherever the role's text names one ("NV1 clearance required")
        clearance=role_clearance(
            "\n".join([title, *offers, description or "", requirements or ""])
        ),
        work_mode=mode,
        office_days=days,
        office_weekdays=weekdays if mode == "hybrid" else frozenset(),
        company=_company("\n".join([said, description or ""])),
        private_sector=bool(_PRIVATE.search("\n".join([said, description or ""]))),
        vc_backed=bool(_VC_BACKED.search("\n".join([said, description or ""]))),
        location=location,
        city=_city(location),
        pay_min=salary_min,
        pay_max=salary_max,
        currency=currency,
        pay_period=period,
        total_pay=_total_pay(terms),
        sponsorship=sponsorship,
        relocation_support=True if _RELOCATION.search(terms) else None,
        schedule=frozenset(schedule - no_schedule),
        split_shifts=_split_shifts("\n".join([terms, description or ""])),
        weekend_days=weekend_days.role_days(lower) if "weekends" in schedule else frozenset(),
        starts=starts,
        ends=ends,
        shift_hours=shift_hours,
        no_schedule=frozenset(no_schedule),
        travel_share=travel,
        travel_abroad=_travel_abroad(terms, location),
        contract=contract,
        forms=forms,
        no_forms=no_forms,
        manages=manages,
        sets_direction=bool(_SETS_DIRECTION.search("\n".join([title, said]))),
        seniority=seniority,
        title=said_title,
        industries=industries,
        missions=missions,
        text="\n".join(
            (
                lower,
                (description or "").lower(),
                (requirements or "").lower(),
                *(
                    said.lower()
                    for said, read in (
                        (said_title, title),
                        (said_description, description),
                        (said_requirements, requirements),
                    )
                    if said and said != read
                ),
            )
        ),
        sections=sections,
    )
