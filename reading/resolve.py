"""A time expression found in a note -> the first day of the month the person is open again.

The rules are the reading conventions': a month with no year is the next such month strictly
after the month it was said in; "after March" is April; seasons start in March, June, September
and December; "next quarter" is the next quarter's first month; durations count from the day said.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reading.calendar import (
    MONTHS,
    NUMBERS,
    SEASON_AFTER,
    SEASON_END,
    SEASON_START,
    SOUTHERN_AFTER,
    SOUTHERN_END,
    SOUTHERN_START,
    SOUTHERN_SUMMER_HOLIDAYS_AFTER,
    add_months,
    add_weeks,
    first,
    holiday_wait,
    next_month_named,
    quarter_of,
    school_resumes,
)
from reading.feasts import FEAST_NAMES
from reading.school_terms import current_term, names_a_term, term_wait

# A note that places the person south of the equator, where the seasons turn the other way.
SOUTHERN_PLACE = re.compile(
    r"\b(?:sydney|melbourne|brisbane|adelaide|canberra|hobart|gold coast|australia|aussie|"
    r"auckland|wellington|christchurch|new zealand|nz|cape town|johannesburg|joburg|jozi|durban|"
    r"pretoria|south africa|s[ãa]o paulo|rio de janeiro|recife|porto alegre|belo horizonte|"
    r"curitiba|brazil|brasil|buenos aires|argentina|santiago|chile|montevideo|uruguay|"
    # more of Australia and New Zealand, with their surf towns and ski fields
    r"perth|darwin|cairns|townsville|geelong|wollongong|byron(?: bay)?|bondi|noosa|"
    r"rottnest|margaret river|tasmania|queensland|qld|nsw|new south wales|thredbo|perisher|"
    r"falls creek|mt\.? (?:buller|hotham)|mount (?:buller|hotham)|queenstown|wanaka|dunedin|"
    r"rotorua|tauranga|aotearoa|stellenbosch|lima|peru|bolivia|paraguay|mendoza|bariloche|"
    r"patagonia|florian[óo]polis|floripa|fiji)\b"
)
# A season's work said when the south's season is near and the north's far off: a summer
# season (at a surf camp, on an island) said October to January, a ski or snow season April
# to August - "working the ski season, back after winter" said in May is a southern winter.
_SOUTHERN_SEASON_WORK = (
    (re.compile(r"\bsummer[ -]season\b"), (10, 11, 12, 1)),
    (re.compile(r"\b(?:ski|snow|winter|ski-?field)[ -]season\b"), (4, 5, 6, 7, 8)),
)
# After the holiday, in its sentence: "Black Friday is all hands - after that, fire away".
_AFTER_THAT = re.compile(
    r"[^.!?]{0,60}?\b(?:after that|after it|once (?:that's|it's|they're|that is|it is) (?:over|done|finished)|"
    r"when (?:that's|it's|they're) (?:over|done))\b"
)
# A holiday's end waited for: "nothing before the end of Christmas", "till Easter is over" - the
# day after it ends, as "after" it ("till the end of March" is a month's, handled with months).
_HOLIDAY_END_BEFORE = re.compile(r"\b(?:the )?(?:end|close) of (?:the )?$")
_HOLIDAY_OVER_AFTER = re.compile(
    r"(?: (?:holidays?|hols|break|period|season|festivities))? (?:is|are|has|have|'s|'re)? ?"
    r"(?:over|done|finished|behind (?:us|me))\b"
)
_NOT_DURING = re.compile(
    r"\b(?:not|no|nothing|never)\b[^.;]{0,20}\b(?:during|over|in)\W+(?:the\W+)?$"
)
# With the words for "after" of Portuguese, Spanish, French and German ("depois do Carnaval").
_AFTER_DIRECT = re.compile(
    r"\b(?:after|post|beyond|past|following|depois d[aeo]s?|despu[eé]s del?|apr[eè]s(?: le| la)?|"
    r"nach(?: dem| der)?)(?: the)?[ -]?$"
)
# "after the March bonus": the month names the event, so the wait ends in that month.
_EVENT_AFTER = re.compile(
    r"[^\w,;.!?]*(?:bonus(?:es)?|pay ?out|vest(?:ing|s)?|rsus?|shares|payday|pay review|review|appraisals?|"
    r"release|launch|go-live|deadline|exams?|results|wedding|reorg|restructure|merger|ipo|audit|"
    r"offsite|conference|round|cycle|promotion|board|"
    # the public sector's and schools' dated events: "after the May elections", "the January mocks"
    r"elections?|polls|vote|referendum|budget|mocks|inspection|ofsted|moderation)\b"
)


# Free from a month: said in that month, it is the month now ("available from May", 4 May).
_FREE_FROM = re.compile(
    r"\b(?:free|available|open|ready|around|startable|able to (?:start|talk|move))\b[^.;!?]{0,25}?"
    r"\b(?:from|as of|starting)(?: (?:early|mid|the start of))?\W*$"
)


# "till the financial year closes and the audit is done": the close itself, then free.
# The month schools go back, said after it: "back at school in September", "school restarts in Jan".
_SCHOOL_MONTH = re.compile(
    r"\W{0,3}(?:in|on|from|at the (?:start|beginning) of)\W+(?:early\W+)?(?P<m>january|february|march|"
    r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|"
    r"oct|nov|dec)\b"
)
_FY_MONTH = re.compile(
    r"\W{0,3}(?:(?:is|on|in|at|of)\W+)?(?:the\W+)?(?:\d{1,2}(?:st|nd|rd|th)?\W+(?:of\W+)?)?(?P<m>january|"
    r"february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"
    r"aug|sept?|oct|nov|dec)\b"
)
_FY_OVER = re.compile(r"\W*(?:is |has )?(?:over|done|closed|wrapped up|finished)\b")

# A payout (or a pay decision) in the month named: "bonus pays out in", "my RSUs vest in".
_PAYOUT_IN = re.compile(
    r"(?:\b(?:bonus(?:es)?|payouts?|pays? out|vest(?:s|ing)?|rsus?|hike|increment|appraisal|promo(?:tion)?|"
    # the year-end extra month: "after the 13th salary in December", "depois do 13º, em dezembro"
    r"13th[- ](?:month|salary|cheque)|thirteenth[- ]month|d[ée]cimo[- ]terceiro|aguinaldo|weihnachtsgeld)\b|"
    r"\b13º)[^.;!?]{0,30}?\b(?:in|on|em|en|im)\W*$"
)
# ... waited for until after it: "after my bonus in", or after the month "ping me after it lands".
_AFTER_BEFORE = re.compile(r"\b(?:after|once|post|depois|despu[eé]s|nach)\b[^.;!?]{0,40}$")
_AFTER_IT = re.compile(
    r"[^.!?]{0,40}?\b(?:after|once|post)\W+(?:it|that|this|then|the (?:payout|bonus|vest|money))\b"
)


# The parts of a month that end inside it, said before it: "mid-", "early", "the start of".
_EARLY_PART = re.compile(
    r"(?:the )?(?:mid|middle of|first half of|(?P<early>early|start of|beginning of))$"
)


def _after_a_payout(m: re.Match, before: str) -> bool:
    if not _PAYOUT_IN.search(before):
        return False
    return bool(_AFTER_BEFORE.search(before) or _AFTER_IT.match(m.string, m.end()))


def resolve(m: re.Match, before: str, said_at: date) -> date | None:
    after_it = said_after = bool(_AFTER_DIRECT.search(before))
    if m["month"] and _EVENT_AFTER.match(m.string, m.end()):
        after_it = False  # "after the March bonus" is March
    mod = (
        m["mod1"]
        or m["mod2"]
        or m["mod3"]
        or m["mod4"]
        or m["mod5"]
        or m["mod6"]
        or m["mod7"]
        or ""
    )
    if mod.startswith(("last ", "final ", "the last ", "the final ")):
        mod = "the end of"  # "the last week of February" holds through February, as its end does
    year = m["year1"] or m["year2"]
    if m["eoq"]:
        return _end_of_quarter(m["eoqn"], after_it, said_at)
    if m["q"] and m["qclose"] and not m["qyear"]:
        return _end_of_quarter(m["q"][1], after_it, said_at)  # "till the Q3 close": its end
    if m["dd1"]:
        return _day_month(m, before, said_at)
    if m["iso"]:
        y, mo = int(m["iso"][:4]), int(m["iso"][5:7])
        return date(y, mo, 1) if 1 <= mo <= 12 else None
    if m["month"]:
        month = MONTHS[m["month"]]
        day = _with_year(month, year, said_at)
        if not year and month == said_at.month and _FREE_FROM.search(before):
            # "free to talk from May", said on 4 May: this May, now - not a year away
            day = date(said_at.year, month, 1)
        if not year and month == said_at.month and (said_after or mod):
            # "after January", "till mid-January", "end of January", said on 5 January: the month
            # running now, not the same month a year away
            day = date(said_at.year, month, 1)
            if said_after and not after_it and not mod:
                # "after the November audit", said on the 4th: some day this month, so the wait
                # holds through it
                return add_months(day, 1) - timedelta(days=1)
            if not after_it and (mod.startswith("late") or _EARLY_PART.match(mod)):
                # "till late November", "until mid-November", said on the 4th: that part of it
                part = _EARLY_PART.match(mod)
                on = 20 if not part else 10 if part["early"] else 15
                return max(day.replace(day=on), said_at)
        if not mod and not after_it and not year and _after_a_payout(m, before):
            # "bonus pays out in March, ping me after it lands": after the payout, some day in
            # March - the wait holds through the month (the month stays the one said)
            return add_months(day, 1) - timedelta(days=1)
        if "end" in mod:
            # "bonus lands end of March", "contract runs to the end of March", "after the end of
            # March": the wait holds through the month, to its last day (the month stays the one said)
            return add_months(day, 1) - timedelta(days=1)
        if after_it and _EARLY_PART.match(mod):
            # "after mid-January", "after early March": a part of the month that ends inside it, so
            # the wait ends in that month (on its middle, or its tenth) - not the month after, as
            # "after January" does
            return day.replace(day=10 if _EARLY_PART.match(mod)["early"] else 15)
        if after_it and not mod and (dated := _DAY_IN_MONTH.search(m.group())):
            # "nothing till after 10 Jan": the day after that day, in its month - not the month after
            try:
                on = day.replace(day=int(dated[1]))
            except ValueError:  # "after 31 Feb"
                on = None
            if on is not None:
                if not year and month == said_at.month and on.replace(year=said_at.year) > said_at:
                    on = on.replace(year=said_at.year)  # "after the 20th of May", said on 4 May
                return on + timedelta(days=1)
        if (
            not after_it
            and not mod
            and not year
            and month == said_at.month
            and (dated := _DAY_IN_MONTH.search(m.group()))
            and said_at.day < int(dated[1]) <= 31
        ):
            # "on swing till 30 Nov", said on 16 Nov: this month's day, still ahead - the wait holds
            # to that day, not to a November a year away
            try:
                return said_at.replace(day=int(dated[1]))
            except ValueError:  # "till 31 Nov"
                return None
        if (
            not after_it
            and not mod
            and (year or month != said_at.month)
            and (dated := _DAY_IN_MONTH.search(m.group()))
        ):
            # "offshore till 18 December", "back on 12 January": the wait holds to the day said
            # (the month stays the one said), so a list for the week before still leaves them be
            try:
                return day.replace(day=int(dated[1]))
            except ValueError:  # "till 31 Feb"
                return day
        return add_months(day, 1) if after_it and "end" not in mod else day
    if m["term"]:
        return term_wait(m["termno"], mod, after_it, m["tyear"], said_at)
    if m["thisterm"]:
        # "the end of this term": the term the day said falls in (or the next, in a break)
        term = current_term(said_at, bool(SOUTHERN_PLACE.search(m.string)))
        return term_wait(term, mod, after_it, None, said_at)
    if m["season"] and names_a_term(m.group()):
        # "till the end of the autumn term": a school's term, not the season
        return term_wait(m["season"], mod, after_it, year, said_at)
    if m["season"]:
        season = m["season"]
        south = not m["north"] and (
            bool(SOUTHERN_PLACE.search(m.string))
            or _southern_holidays(m, said_at)
            or any(
                said_at.month in months and work.search(m.string)
                for work, months in _SOUTHERN_SEASON_WORK
            )
        )
        starts, ends, afters = (
            (SOUTHERN_START, SOUTHERN_END, SOUTHERN_AFTER)
            if south
            else (SEASON_START, SEASON_END, SEASON_AFTER)
        )
        if after_it:
            month = afters[season]
            if south and season == "summer" and re.search(r"holiday|hols|break", m.group()):
                month = SOUTHERN_SUMMER_HOLIDAYS_AFTER
        elif "end" in mod or "late" in mod or "second half" in mod:
            month = ends[season]
        elif (
            not year
            and m["srel"] not in ("next ", "the coming ", "coming ")
            and (said_at.month - starts[season]) % 12 < 3
            and _EVENT_AFTER.match(m.string, m.end())
        ):
            # "once the summer release is out" said in June: this summer's, out by its end
            end = ends[season]
            return first(said_at.year + (1 if end < said_at.month else 0), end)
        else:
            month = starts[season]
        day = _with_year(month, year, said_at)
        if not year and m["srel"] == "next " and (said_at.month - starts[season]) % 12 < 3:
            # "not till after next summer" said in June: the summer under way is this one, so
            # "next" is the one after it (from November it is the coming one)
            coming = next_month_named(starts[season], said_at)
            while day < coming:
                day = day.replace(year=day.year + 1)
        return day
    if m["q"] or m["qrel"]:
        return _quarter(m, mod, after_it, said_at)
    if m["yrel"]:
        return _year_phrase(m["yrel"], mod, after_it, said_at)
    if m["holiday"]:
        # "not during Ramadan": not until it is over
        over = after_it or bool(
            _NOT_DURING.search(before)
            or _AFTER_THAT.match(m.string, m.end())
            or _HOLIDAY_END_BEFORE.search(before)
            or "end" in mod
            or _HOLIDAY_OVER_AFTER.match(m.string, m.end())
        )
        name = holiday_name(m["holiday"])
        if name == "thanksgiving" and _CANADIAN.search(m.string):
            name = "canadian thanksgiving"
        return holiday_wait(name, said_at, over)
    if m["fy"]:
        # The financial year ends on 31 March (India, Japan; the UK's tax year on 5 April):
        # "till FY close" is March, "after" it April, the next such not yet over.
        # A month said with it ("EOFY on 30 June", "fiscal year end (September)") is the end;
        # "EOFY" alone is Australia's, 30 June.
        named = _FY_MONTH.match(m.string, m.end())
        month = MONTHS[named["m"]] if named else 6 if m["fy"].startswith("eofy") else 3
        end = first(said_at.year if said_at.month <= month else said_at.year + 1, month)
        over = after_it or re.search(r"\b(?:once|when)(?: the)?\W*$", before)
        return add_months(end, 1) if over or _FY_OVER.match(m.string, m.end()) else end
    if m["school"]:
        # "until the kids are back at school"; "... back at school in September": that month
        named = _SCHOOL_MONTH.match(m.string, m.end())
        return next_month_named(MONTHS[named["m"]], said_at) if named else school_resumes(said_at)
    if m["half"]:
        month = 1 if m["half"] == "h1" else 7
        if m["hyear"]:
            return _with_year(month, m["hyear"], said_at)
        return first(said_at.year if month > said_at.month else said_at.year + 1, month)
    if m["modyear"]:
        year = int(m["modyear"])
        month = (
            12
            if re.search(r"end|late|second half", mod)
            else 7
            if re.search(r"mid|middle", mod)
            else 1
        )
        day = date(year, month, 1)
        return day if day >= said_at.replace(day=1) else None
    if m["yearonly"]:
        year = int(m["yearonly"])
        return date(year, 1, 1) if year > said_at.year else None
    if m["mo2"]:
        return add_months(said_at, 2) if "month" in m["mo2"] else add_weeks(said_at, 2)
    if m["halfyear"]:
        return add_months(said_at, 6 if m["halfyear"].startswith("half") else 18)
    if m["single"]:
        return add_months(said_at, 3) if "quarter" in m["single"] else add_weeks(said_at, 2)
    return add(said_at, count(m["n"]), m["unit"])


_HOLIDAY_NAMES = (
    ("carn", "carnival"),
    ("karneval", "carnival"),
    ("fasching", "carnival"),
    ("mardi gras", "carnival"),
    ("shrove", "carnival"),
    ("pancake", "carnival"),
    ("ash wednesday", "carnival"),
    ("lent", "lent"),
    ("pentecost", "pentecost"),
    ("whit", "pentecost"),
    ("ascension", "ascension"),
    ("deepavali", "diwali"),
    ("diwali", "diwali"),
    ("adha", "eid al-adha"),
    ("fitr", "eid al-fitr"),
    ("eid", "eid"),
    ("ramadan", "ramadan"),
    ("ramzan", "ramadan"),
    ("new year holidays", "christmas"),
    ("spring festival", "lunar new year"),
    ("seollal", "lunar new year"),
    ("chuseok", "chuseok"),
    ("mid-autumn", "chuseok"),
    ("midautumn", "chuseok"),
    ("mid autumn", "chuseok"),
    ("cny", "lunar new year"),
    ("new year", "lunar new year"),
    ("tet", "lunar new year"),
    ("tết", "lunar new year"),
    ("pongal", "pongal"),
    ("sankranti", "pongal"),
    ("thanksgiving", "thanksgiving"),
    ("black friday", "black friday"),
    ("bfcm", "black friday"),
    ("cyber", "black friday"),
    ("labor day", "labor day"),
    ("labour day", "labor day"),
    ("hanukkah", "hanukkah"),
    ("chanukah", "hanukkah"),
    ("passover", "passover"),
    ("easter holidays", "easter holidays"),
    ("easter", "easter"),
    ("christmas", "christmas"),
    ("festive", "christmas"),
    ("dec", "christmas"),  # "the December holidays", "Dec hols": Christmas's
    ("school", "school holidays"),
    ("holidays", "holidays"),
    ("holi", "holi"),
)


def holiday_name(said: str) -> str:
    return next(name for word, name in FEAST_NAMES + _HOLIDAY_NAMES if word in said)


# A note that places the person in Canada, where Thanksgiving is the second Monday of October.
_CANADIAN = re.compile(
    r"\b(?:canada|canadian|ontario|quebec|qu[ée]bec|toronto|montreal|montr[ée]al|vancouver|calgary|"
    r"ottawa|edmonton|winnipeg|halifax|oakville|mississauga|b\.?c\.?|alberta)\b"
)


def _southern_holidays(m: re.Match, said_at: date) -> bool:
    """A season's school holidays said when the south's are close and the north's far off:
    "after the summer hols" in November, "after the winter school holidays" in June."""
    if not re.search(r"holiday|hols|break", m.group()):
        return False
    season = m["season"]
    return (season == "summer" and said_at.month in (10, 11, 12, 1)) or (
        season == "winter" and said_at.month in (4, 5, 6, 7)
    )


def _end_of_quarter(n: str | None, after_it: bool, said_at: date) -> date:
    """ "EOQ1" -> March (April "after" it); "EOQ" alone is the end of the quarter said in."""
    q = int(n) if n else quarter_of(said_at)
    month = 3 * q + (1 if after_it else 0)
    year = said_at.year if 3 * q >= said_at.month else said_at.year + 1
    return add_months(first(year, 3 * q), month - 3 * q)


# What says a note's numeric dates are month first (American): another date in it that can only
# be month first ("12/24"), a US time zone, US pay or tax words, a US or Canadian place, a bare
# "$"; or day first: another date that can only be day first ("24/12"), £ or €, a British,
# European, Indian or Australian place. "3/1" with clues both ways is left unread; with none, day
# first, as most of the world writes it.
_US_CLUE = re.compile(
    r"(?<![a-z'’])(?:est|edt|pst|pdt|cst|cdt|mst|mdt)\b|\b(?:eastern|pacific|central|mountain) "
    r"time\b|\bw-?2\b|\b1099\b|\b401\(?k\)?|\bh-?1b\b|\bgreen card\b|\b(?:usa|u\.s\.a?\.?|us-based|"
    r"stateside|nyc|new york|san francisco|bay area|seattle|austin|boston|chicago|denver|atlanta|"
    r"los angeles|pittsburgh|philadelphia|toronto|vancouver|canada)\b|"
    r",\s?(?:tx|ca|ny|nj|wa|ga|pa|fl|nc|az|mn|oh|mi|ut)\b|(?<![a-z])\$(?=\s?\d)|"
    # US staffing words: a travel nurse's 13-week contract, CNAs and LPNs, FMLA, a CDL, OTR
    r"\b(?:13[- ]?(?:week|wk)s?|cnas?|lpns?|lvns?|fmla|cdl(?:-a)?|otr|i-9|nclex|y'?all)\b"
)
_DAY_FIRST_CLUE = re.compile(
    r"[£€₹]|\b(?:a|au|nz|s|hk)\$|\b(?:uk|eu|gbp|eur|london|manchester|edinburgh|glasgow|leeds|"
    r"birmingham|bristol|dublin|ireland|berlin|paris|amsterdam|madrid|lisbon|india|bangalore|"
    r"bengaluru|mumbai|sydney|melbourne|australia|auckland|nz)\b"
)
_NUMERIC_DATE = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)(?![\d/])")


def month_first(text: str) -> bool | None:
    """Whether a note's ambiguous numeric dates are month first (True), day first (False), or
    the note says both and cannot tell (None)."""
    firsts = {
        a > 12
        for a, b in ((int(x), int(y)) for x, y in _NUMERIC_DATE.findall(text))
        if (a > 12) != (b > 12) and min(a, b) >= 1
    }
    if len(firsts) == 1:  # the writer's own other date decides: "12/24" month first
        return not firsts.pop()
    us, other = bool(_US_CLUE.search(text)), bool(_DAY_FIRST_CLUE.search(text))
    if us and other:
        return None
    return us


# A day of the month said with it: "10 jan", "the 10th of January", "Jan 10th" (not a year).
_DAY_IN_MONTH = re.compile(
    r"(?<![\d/.:-])([0-3]?\d)(?:st|nd|rd|th)?(?![\d/.:])(?= |$)(?! ?(?:am|pm|h|hrs?|k)\b)"
)


def _day_month(m: re.Match, before: str, said_at: date) -> date | None:
    """ "not before 15/01" (day first), "after 10/15" (month first): the month of that day, the
    next such day not yet past. "3/4" could be either: the note's clues decide (``month_first``)."""
    a, b = int(m["dd1"]), int(m["dd2"])
    if a > 12 and 1 <= b <= 12:
        day, month = a, b
    elif b > 12 and 1 <= a <= 12:
        day, month = b, a
    elif 1 <= a <= 12 and 1 <= b <= 12 and (first_is_month := month_first(m.string)) is not None:
        month, day = (a, b) if first_is_month else (b, a)
    else:
        return None
    if day > 31:
        return None
    year = m["ddy"]
    if year:
        y = int(year) if len(year) == 4 else 2000 + int(year)
    else:
        y = said_at.year if (month, day) >= (said_at.month, said_at.day) else said_at.year + 1
    try:
        # "RSUs vest 3/15": the wait holds to the day said, not only to the 1st of its month
        return date(y, month, day)
    except ValueError:  # "31/02"
        return first(y, month)


def _with_year(month: int, year: str | None, said_at: date) -> date:
    if year == "next year":
        return date(said_at.year + 1, month, 1)
    if year == "this year":
        return date(said_at.year, month, 1)
    if year:
        return date(int(year), month, 1)
    return next_month_named(month, said_at)


def _quarter(m: re.Match, mod: str, after_it: bool, said_at: date) -> date:
    """ "in Q3" -> July, "after Q2" -> July, "end of Q1" -> March, "next quarter" -> its first month."""
    if m["q"]:
        q, year = int(m["q"][1]), m["qyear"]
    else:
        current = quarter_of(said_at)
        q = current if m["qrel"] in ("this", "the current") else current + 1
        year = str(said_at.year + (q - 1) // 4)
        q = (q - 1) % 4 + 1
    month = 3 * (q - 1) + 1 + (3 if after_it else 2 if ("end" in mod or "late" in mod) else 0)
    if year == "next year":
        return first(said_at.year + 1, month)
    if year and year[0] == "2":
        return first(int(year), month)
    if month > 12:
        return (
            first(said_at.year + 1, month - 12)
            if said_at.month > month - 12
            else first(said_at.year, month)
        )
    # No year: the quarter still to come (Q2 said in April is this year's Q2 when it ends later).
    return first(said_at.year if month >= said_at.month else said_at.year + 1, month)


def _year_phrase(phrase: str, mod: str, after_it: bool, said_at: date) -> date | None:
    if phrase in ("next month", "the month", "this month"):
        ahead = 1 if phrase == "next month" else 0
        if not ahead and "end" not in mod:
            return None  # "the fourth email this month" is no date to wait for
        if "end" in mod and not after_it:
            # "till the end of the month": through its last day, as "the end of March" is
            return add_months(said_at, ahead + 1) - timedelta(days=1)
        return add_months(said_at, ahead + (1 if after_it else 0))
    if "new year" in phrase:
        return next_month_named(1, said_at)
    if "end" in phrase:  # year end
        return next_month_named(1, said_at) if after_it else date(said_at.year, 12, 1)
    year = said_at.year + (1 if phrase == "next year" else 0)
    if phrase != "next year" and not re.search(r"end|late|second half", mod):
        return None
    if "end" in mod or "late" in mod or "second half" in mod:
        return date(year + 1, 1, 1) if after_it else date(year, 12, 1)
    if "mid" in mod or "middle" in mod:
        return date(year, 7, 1)
    if phrase == "next year":
        return date(year, 1, 1) if not after_it else date(year + 1, 1, 1)
    return date(year + 1, 1, 1) if after_it else date(year, 12, 1)


def count(word: str) -> float:
    word = word.strip()
    if word in NUMBERS:
        return NUMBERS[word]
    if "-" in word:
        return float(word.split("-")[1])
    return float(word)


def add(said_at: date, count: float, unit: str) -> date:
    if unit.startswith("day"):
        return add_weeks(said_at, count / 7)  # "a 60-day notice"
    if unit.startswith("week"):
        return add_weeks(said_at, count)
    if unit.startswith("fortnight"):
        return add_weeks(said_at, 2 * count)
    if unit.startswith("quarter"):
        return add_months(said_at, round(3 * count))
    if unit.startswith("year"):
        return add_months(said_at, round(12 * count))
    return add_months(said_at, round(count))
