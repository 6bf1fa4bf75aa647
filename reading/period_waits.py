"""When a period that holds someone where they are (a probation, a notice, a vesting cliff, garden
leave, a sabbatical) ends.

"Started at a new place six weeks back. Won't budge till probation's done - it's six months all
up": the length may be said apart from the period ("it's six months", "(3 mths)") and the
period counts from when it started, not from the day the note was typed. A probation and a
vesting cliff start with the job ("started two weeks ago", "joined in January", "new job since
Feb", "started last month"); a notice with handing it in ("handed in her notice a fortnight
ago", "resigned last week"); garden leave or a sabbatical with going on it ("garden leave started
a fortnight ago and runs six months"). With no length: a probation of six months and a cliff of a year
from a start we know; else three months from the day said for a probation (we do not know how
far in they are) and a notice (the reading conventions), and no wait for a cliff.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reading.calendar import MONTHS, add_months
from reading.clauses import sentence_end
from reading.resolve import add, count
from reading.wait_cues import SERVED

_COUNT = (
    r"\d+|a couple of|couple of|a few|few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve"
)
_MONTH = "|".join(MONTHS)
# The length said beside the period: "it's six months all up", "(3 mths)", "is 12 weeks", "- 1 month".
_LENGTH = re.compile(
    # (or set off by a dash or colon: "handed in notice at my job today - one month")
    rf"(?:\bit's|\bit is|\bis|\bof|\blasts?|\bruns?|\bwhich is|\(|\s[-–—]|:)\s*(?:about |around |roughly |only |just )?"
    rf"(?P<n>{_COUNT})[ -](?P<u>months?|weeks?|m|w)\b(?! ago| back)"
)
_STARTED_WORDS = {
    "probation": r"(?:started|starting|joined|began|moved jobs?|new (?:job|role|place|position))",
    "notice": r"(?:handed in|handing in|gave|given|put in|resigned)",
}
_STARTED_WORDS["vesting"] = _STARTED_WORDS["probation"]  # a vesting cliff counts from joining
# An IPO's lock-up counts from the listing: "listed on the ASX three weeks ago", "IPO'd in May".
_STARTED_WORDS["lockup"] = (
    r"(?:listed|listing|ipo'?d|ipo|went public|gone public|floated|debuted|public)"
)
# Garden leave, a sabbatical, a career break count from going on it.
_STARTED_WORDS["leave"] = (
    r"(?:started|starting|began|begun|went on|been on|on (?:garden(?:ing)? leave|(?:a |her |his |my )?"
    r"sabbatical|a career break))"
)
# A parental leave counts from going on it: "started 6 weeks ago", "mat leave since August".
_STARTED_WORDS["parental"] = r"(?:started|starting|began|begun|went on|gone on|been on|leave)"
# With no length said: a probation of six months, a vesting cliff of a year (from the start).
_USUAL_LENGTH = {"probation": (6, "months"), "vesting": (12, "months"), "lockup": (6, "months")}
_SINCE = r"(?:[^.;!?]{0,40}?)"


def _start_pattern(kind: str) -> re.Pattern:
    words = _STARTED_WORDS[kind]
    return re.compile(
        rf"\b{words}\b{_SINCE}\b(?:(?P<n>{_COUNT})[ -](?P<u>days?|weeks?|months?|fortnights?) "
        rf"(?:ago|back|before)|(?P<last>last|this) (?P<lu>week|month)|(?:(?:since|in|on|from|at the "
        rf"start of|last) (?:the )?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? "
        rf"(?:of )?)(?P<month>{_MONTH})\b(?: (?P<day3>\d{{1,2}})(?:st|nd|rd|th)?\b)?)"
        # "probation (six months, since August)", "on six months' probation from 1 Sept": the
        # period's own "since" or "from"
        # "started Sept 1st", "joined October": the month right after the word
        rf"|\b{words} (?P<month2>{_MONTH})\b(?!\W+(?:be|have|not|want|need|go|move)\b)"
        rf"(?: (?P<day5>\d{{1,2}})(?:st|nd|rd|th)?\b)?"
        rf"|\b(?:since|from) (?:early |mid |late |mid-)?(?:the )?(?:(?P<day4>\d{{1,2}})(?:st|nd|rd|th)? "
        rf"(?:of )?)?(?P<since>{_MONTH})\b"
    )


_STARTS = {kind: _start_pattern(kind) for kind in _STARTED_WORDS}


def started(text: str, kind: str, said_at: date) -> date | None:
    """When the person's probation (``kind`` "probation") or notice began, if the note says."""
    m = _STARTS[kind].search(text)
    if not m:
        return None
    if m["n"]:
        n, unit = count(m["n"]), m["u"]
        days = {"d": 1, "w": 7, "f": 14}.get(unit[0])
        if days:
            return said_at - timedelta(days=round(days * n))
        return add_months(said_at, -round(n))
    if m["last"]:
        if m["lu"] == "week":
            return said_at - timedelta(days=7)
        return add_months(said_at, -1 if m["last"] == "last" else 0)
    month = MONTHS[m["month"] or m["month2"] or m["since"]]
    year = said_at.year if month <= said_at.month else said_at.year - 1
    said_day = int(m["day"] or m["day2"] or m["day3"] or m["day4"] or m["day5"] or 1)
    try:  # "started 7 Sept, 6 month probation": counted from the day said, when one is
        return date(year, month, said_day)
    except ValueError:
        return date(year, month, 1)


# A probation someone else is on: "her manager is still on probation", "the new MD started in
# September, 6 month probation", "our placement there is on a 6-month probation" - no wait of the
# person's own. The person's own job ("started at the council", "her new role") is not here.
_SOMEONE_ELSE = re.compile(
    r"\b(?:his|her|their|my|our|your|the|a|new)\s+(?:new\s+)?(?:manager|boss|line manager|team ?lead|"
    r"lead|md|ceo|cto|cfo|coo|director|head of \w+|hire|colleague|husband|wife|partner|son|daughter|"
    r"replacement|successor|placement|report|supervisor)\b(?:'s)?[^.;!?]{0,60}$"
)


def someone_elses(before: str) -> bool:
    """Whether the sentence up to a probation makes it another person's."""
    return bool(_SOMEONE_ELSE.search(before))


def length_near(text: str, start: int, end: int) -> tuple[float, str, int, int] | None:
    """(count, unit, start, end) of a length said after the period, up to ``end``."""
    m = _LENGTH.search(text, start, end)
    return (count(m["n"]), m["u"], m.start("n"), m.end("u")) if m else None


def period_ends(
    kind: str, number: float | None, unit: str | None, text: str, said_at: date
) -> date | None:
    """The first day of the month the period ends; None if it ended before the day said."""
    begun = started(text, kind, said_at)
    if number is None:
        if kind in _USUAL_LENGTH and begun is not None:
            number, unit = _USUAL_LENGTH[kind]
        elif kind == "vesting":
            return None  # "till my shares vest": when is not said
        else:
            number, unit = 3, "months"
    day = add(begun or said_at, number, unit)
    if day < said_at.replace(day=1):
        return None
    return day


# The last day at the current employer, said ahead (Indian ATS shorthand "LWD", "relieving
# date"; "my last day at Infosys is 28 Feb", "will be relieved on 30 Nov"): they are free the
# day after it. "Was relieved on 30 Sep", "relieved from his last company 30 Sep" report a day
# gone by and say no "is" or "will be", so they are not read.
_LAST_DAY = re.compile(
    r"\b(?:lwd|(?:last|final) (?:working )?day(?: of work| at work| in the office| at [\w&.'-]+(?: [\w&.'-]+){0,2}?|"
    r" with [\w&.'-]+(?: [\w&.'-]+){0,2}?| there| here)?|"
    r"relieving(?: date| day)?|date of relieving|exit date|leaving date|"
    # a service leaver's date out: "exit date from the Army is 14 May", "my ETS date is 3 March",
    # "last day in the RAF is 4 Sept", "separation date: 1 June"
    r"(?:(?:exit|leaving|discharge|separation|ets|eas|release|retirement|end of service) date|(?:last|final) day)"
    r" (?:from|in|with|out of) (?:the )?(?:army|navy|raf|royal navy|royal marines|marines|air force|"
    r"forces|armed forces|military|service|corps|adf|caf|reserves?)|"
    r"(?:ets|eas|separation|discharge) date|"
    r"(?:will be|'ll be|to be|gets|getting|being|should be|expected to be|expects to be) relieved(?: from [\w&.'-]+"
    r"(?: [\w&.'-]+){0,2}?)?)"
    # "is", "will be", "agreed as", "tentatively on the": words between the last day and its date
    r"(?:\W{1,3}|\s+(?:is|will be|would be|should be|falls on|on|'s|likely|tentatively|planned|"
    r"expected|by|already|agreed|confirmed|fixed|set|as|for|now|the|around)\b)+"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m>{_MONTH})(?:,? (?P<y>20\d\d))?|"
    rf"(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y2>20\d\d))?|"
    r"(?P<dd>\d{1,2})[/.-](?P<mm>\d{1,2})(?:[/.-](?P<yy>(?:20)?\d\d))?(?![\d/.-]\d)|"
    r"(?P<iso>20\d\d-[01]\d-[0-3]\d))\b"
)
# A last day said with no year that fell this recently is the one just gone by, not next year's.
_JUST_GONE_DAYS = 60


def last_day_waits(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """(the day after the last working day, start, end) for each last day said ahead."""
    out = []
    for m in _LAST_DAY.finditer(text):
        if re.search(r"\b(?:was|were|had|been)\W*$", text[max(0, m.start() - 12) : m.start()]):
            continue  # "her last day was 30 Sep"
        year = m["y"] or m["y2"] or m["yy"]
        try:
            if m["iso"]:
                day, year = date.fromisoformat(m["iso"]), m["iso"][:4]
            elif m["dd"]:  # "LWD 31/01": day first, as in India, where the shorthand is used
                day = date(said_at.year, int(m["mm"]), int(m["dd"]))
            else:
                month = MONTHS[m["m"] or m["m2"]]
                day = date(said_at.year, month, int(m["d"] or m["d2"]))
            if year:
                day = day.replace(year=int(year) + (2000 if len(year) == 2 else 0))
        except ValueError:
            continue  # "31/02": no such day
        if not year and day < said_at:
            if (said_at - day).days <= _JUST_GONE_DAYS:
                continue  # "LWD 30 Sep" said on 5 October: gone by
            day = day.replace(year=day.year + 1)
        if day < said_at:
            continue
        out.append((day + timedelta(days=1), m.start(), m.end()))
    return out


# A contract extended or renewed for a length, signed or running now: "signed a 6-month extension
# from 01/10", "on a three-month extension at the DWP", "extended for 6 months from October",
# "renewed for another 3 months". The person is on it until it ends: its length from its start
# (the day said when none is given).
_EXTENSION = re.compile(
    rf"\b(?:(?P<n1>{_COUNT}|\d+)[ -](?P<u1>months?|mths?|m|weeks?|wks?)(?:'s?|s')? (?:contract |assignment |"
    r"project |ftc |placement )?(?:extension|renewal)|(?:extended|renewed|extension|renewal)(?: (?:his|her|"
    r"their|my|the|it|him|them|contract|assignment|again))*(?: for| by| of)(?: another| a further| an "
    rf"extra)? (?P<n2>{_COUNT}|\d+)[ -]?(?P<u2>months?|mths?|m|weeks?|wks?))\b"
)
# Where it starts, said right after: "from 01/10", "from October", "from the 1st of October".
_EXTENSION_FROM = re.compile(
    rf"(?:[ ,]+(?:\w+ ){{0,3}}?)?[ ,]*(?:from|starting|commencing|effective) (?:the )?(?:(?P<d>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?(?: of)? (?P<m>{_MONTH})|(?P<dd>\d{{1,2}})[/.](?P<mm>\d{{1,2}})(?:[/.](?P<yy>(?:20)?\d\d))?"
    rf"|(?P<m2>{_MONTH}))\b"
)
# Not theirs to serve, or not taken: a visa's or a house's extension, one turned down, wished for,
# only possible, or already behind them.
_NOT_AN_ASSIGNMENT = re.compile(
    r"\b(?:visa|permit|brp|leave to remain|house|home|kitchen|loft|deadline|loan|mortgage|lease|warranty|"
    r"tenancy|hair|lash(?:es)?|nails|turned down|declined|rejected|refused|won't|wouldn't|not taking|"
    r"option|optional|possible|possibly|potential|might|may|could|if|hoping|hopes|wants?|would like|"
    r"looking for|finished|ended|ending early|cut short|terminated|last year|previous|was|had|used to|"
    r"ago)\b"
)


def extension_waits(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """(the first day free, start, end) for each contract extension being served, in lower-case
    ``text``: its length from the start said (day first, as "01/10" is in the UK) or the day said."""
    out = []
    for m in _EXTENSION.finditer(text):
        begin = max(text.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        end = min((i for c in ".!?;\n" if (i := text.find(c, m.end())) >= 0), default=len(text))
        if _NOT_AN_ASSIGNMENT.search(text, begin, end):
            continue
        number, unit = (m["n1"], m["u1"]) if m["n1"] else (m["n2"], m["u2"])
        unit = "weeks" if unit.startswith("w") else "months"
        start, span_end = said_at, m.end()
        if f := _EXTENSION_FROM.match(text, m.end()):
            start = _start_day(f, said_at) or said_at
            span_end = f.end()
        day = add(start, count(number), unit)
        if day >= said_at.replace(day=1):
            out.append((day, m.start(), span_end))
    return out


def _start_day(f: re.Match, said_at: date) -> date | None:
    """The day an extension starts: the one of that day and month nearest the day said."""
    try:
        if f["dd"]:
            day, month = int(f["dd"]), int(f["mm"])
        else:
            day, month = int(f["d"] or 1), MONTHS[f["m"] or f["m2"]]
        if f["yy"]:
            year = int(f["yy"]) + (2000 if len(f["yy"]) == 2 else 0)
            return date(year, month, day)
        near = [date(said_at.year + k, month, day) for k in (-1, 0, 1)]
    except ValueError:
        return None
    return min(near, key=lambda d: abs((d - said_at).days))


# A notice given with its length and no word "notice" (North American shorthand): "gave my 30
# days at Ledcor", "put in his two weeks", "handed in her 4 weeks". The possessive makes it the
# person's notice ("gave it two weeks", "gave them 2 weeks to answer" are not one), and a
# holiday is not ("put in my two weeks of vacation").
_GIVEN_NOTICE = re.compile(
    r"\b(?:gave|given|giving|gives|put in|puts in|putting in|handed in|hands in|handing in|"
    r"turned in|turns in|turning in)(?: (?:them|the boss|my boss|his boss|her boss))? (?:my|his|her|their) "
    rf"(?P<n>{_COUNT}|thirty|sixty|ninety)[ -](?P<u>days?|weeks?|months?)(?:'s?|s')?\b"
    # (with "notice" after it the notice rules read it)
    r"(?! (?:of|off|vacation|holidays?|pto|leave|to|for|ago|back|notice|np)\b)"
)


_TENS = {"thirty": 30, "sixty": 60, "ninety": 90}


def given_notice_waits(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """(the first day free, start, end) for each notice given with only its length, in lower-case
    ``text``: the length from the day said (or from when it was handed in, if the note says)."""
    out = []
    for m in _GIVEN_NOTICE.finditer(text):
        if SERVED.search(text, m.start(), sentence_end(text, m.end())):
            continue  # "gave my two weeks last year": served, no wait
        number = _TENS.get(m["n"]) or count(m["n"])
        day = period_ends("notice", number, m["u"], text, said_at)
        if day is not None:
            out.append((day, m.start(), m.end()))
    return out
