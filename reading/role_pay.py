"""A role's pay: its band or rate, the currency and period, and on-target earnings.

The opening's salary fields decide when it has them (the role's own text may still say their
period: "$18,000-$22,000 MXN brutos mensuales" is monthly); otherwise the band or rate its text
states ("£70-85k", "C$85–95/h", "Day rate €550–650"), with any currency the reader knows.
"""

from __future__ import annotations

import re

from reading import money

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


# The fixed share of an Indian CTC band: "CTC up to 30 LPA: 80% fixed, 20% variable", "fixed
# 85%" (the rest paid as a variable that may not be paid in full).
_FIXED_SHARE = re.compile(r"\b([5-9]\d)\s?%\s*(?:is\s)?fixed\b|\bfixed\W{0,3}([5-9]\d)\s?%", re.I)


def fixed_share(terms: str) -> float | None:
    """The share of the role's CTC paid as fixed pay, when its terms say it."""
    found = _FIXED_SHARE.search(terms)
    return int(found.group(1) or found.group(2)) / 100 if found else None


def total_pay(terms: str) -> int | None:
    """The top of the on-target earnings a role states, in the band's currency and period."""
    for line in re.split(r"[\n;]", terms):
        if _TOTAL_PAY.search(line):
            _, hi, _, period = _pay(line)
            if hi and period == "year":
                return hi
    return None


# How many months' pay a year the role says it pays: "paid 14 times a year", "14 salaries",
# "€1,400 x 14", "13th-month pay" (12 and a 13th; a 14th month makes 14).
_PAYMENTS = re.compile(
    r"\bpaid (1[2-6]) times (?:a|per) year\b|\b(1[2-6]) (?:monthly )?(?:salaries|payments|pagas|"
    r"mensalidades|mensilit[àa]|geh[äa]lter)\b|\d\s?[x×]\s?(1[2-6])\b(?!\s?(?:k|%|days?|hours?)\b)|"
    r"\b(1[34])th[- ]month\b",
    re.I,
)


def payments_a_year(terms: str) -> int | None:
    """Months' pay a year the role states (see ``_PAYMENTS``); None when it says none."""
    found = _PAYMENTS.search(terms)
    if not found:
        return None
    return int(next(g for g in found.groups() if g))


def role_band(
    *,
    terms: str,
    description: str | None,
    salary_min: int | None,
    salary_max: int | None,
    currency: str | None,
) -> tuple[int | None, int | None, str | None, str]:
    """The role's band (low, high), its currency and its period, from its fields or its text."""
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
    return salary_min, salary_max, currency, period
