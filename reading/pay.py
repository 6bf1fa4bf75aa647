"""Pay: amounts, currencies, periods, and whether a figure is a floor or an ask.

"€115k and I'm interested" is an ask of 115000 EUR a year; "won't go below £90k" is a floor of
90000 GBP (a must); "600 a day" is 600 a day; "115k" with no symbol or currency word has no
currency. A figure someone earns today ("currently on 80k") is background, not a condition.
"""

from __future__ import annotations

import re

_SYMBOLS = {
    "£": "GBP",
    "€": "EUR",
    "$": "USD",
    "us$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "chf": "CHF",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "eur": "EUR",
    "gbp": "GBP",
    "usd": "USD",
    "cad": "CAD",
    "aud": "AUD",
    "pln": "PLN",
    "inr": "INR",
    "₹": "INR",
    "¥": "JPY",
    "jpy": "JPY",
    "nzd": "NZD",
    "sgd": "SGD",
    "zar": "ZAR",
}
_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
    "sterling": "GBP",
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "chf": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    "sek": "SEK",
    "kr": "SEK",
    "kronor": "SEK",
    "krona": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "cad": "CAD",
    "canadian dollars": "CAD",
    "aud": "AUD",
    "australian dollars": "AUD",
    "pln": "PLN",
    "zloty": "PLN",
    "inr": "INR",
    "rupees": "INR",
    "yen": "JPY",
    "nzd": "NZD",
    "sgd": "SGD",
}
_SYM = (
    r"(?P<sym>us\$|ca?\$|au?\$|£|€|\$|₹|¥|chf|sek|nok|dkk|eur|gbp|usd|cad|aud|pln|inr|jpy|nzd|sgd)"
)
_NUM = r"(?P<num>\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)"
_MULT = r"(?:\s?(?P<mult>k|m|grand|thousand|mil|million))?"
_CUR_WORD = (
    r"(?:\s?(?P<word>swiss francs|canadian dollars|australian dollars|euros?|pounds?|quid|"
    r"sterling|dollars?|usd|eur|gbp|chf|francs|sek|kronor|krona|kr|nok|dkk|cad|aud|pln|zloty|"
    r"inr|rupees|yen|nzd|sgd))?"
)
_RANGE = r"(?:\s?(?:-|–|to)\s?(?:[£€$]\s?)?(?P<hi>\d+(?:\.\d+)?)\s?(?P<himult>k|m)?)?"
_PERIOD = (
    r"(?:(?:\s?/\s?|\s(?:a|an|per|each)\s)(?P<per>year|annum|yr|month|mo|day|hour|hr)\b"
    r"|\s?p[./]?\s?(?P<perp>a|d|h|m)\b\.?"
    r"|\s(?P<per2>daily|hourly|monthly|annually|pcm)\b)?"
)
_SYMBOLED = re.compile(
    rf"(?<![\w£€$]){_SYM}\s?{_NUM}{_MULT}{_RANGE}{_CUR_WORD}(?P<tilde>)(?P<ish>)(?P<plus>\+)?{_PERIOD}"
)
_PLAIN = re.compile(
    rf"(?<![\w£€$.,])(?P<sym>)(?P<tilde>~|c\.\s?)?{_NUM}{_MULT}{_RANGE}{_CUR_WORD}(?P<ish>[- ]?ish)?"
    rf"(?P<plus>\+)?{_PERIOD}"
)
_FLOOR = re.compile(
    r"\b(?:at least|minimum|min|floor|no less than|not less than|nothing (?:less|below|under)|"
    r"(?:won't|will not|wouldn't|can't|cannot|not|won't be able to) (?:go |move |drop |accept |take |"
    r"consider |look at )?(?:anything )?(?:below|under|lower than|less than)|bottom line|"
    r"(?:has|needs|have|need) to be|must be|at a minimum|above|over|more than|north of|"
    r"upwards of|starting at|not a penny less|hard floor|(?:anything|everything|nothing) (?:under|below|"
    r"less than|lower than)|(?:less than|under|below|lower than)\W*$)\b[^.;]*$"
)
_POST_FLOOR = re.compile(
    r"^\W*(?:minimum|min|floor|or more|at least|or above|and above|plus|is the floor|"
    r"is (?:the|my|his|her|their) (?:minimum|floor|bottom line)|bottom line|"
    r"is non[- ]negotiable|non[- ]negotiable|is a must|or nothing|hard floor|(?:\w+ ){0,2}(?:is|are) (?:a )?"
    r"(?:non[- ]starter|no[- ]go|no|deal ?breaker|not happening))\b"
)
_CURRENT = re.compile(
    r"\b(?:currently|current|earns?|earning|was|were|'s at|is at|(?:he|she|they|i)'?s? on|"
    r"our (?:max|budget|offer|band|top|ceiling|cap|range)|we (?:capped|offered|could|had|paid)|capped at|"
    r"makes|making|is on|was on|was paid|is paid|was offered|were offered|offered|on a|"
    r"gets|getting|today|at the moment|now on|budget(?:ed)?|our offer|we offered|"
    r"the role pays|role pays|pays|band)\b(?:\W+\w+){0,2}\W*$"
)
_PAY_CONTEXT = re.compile(
    r"\b(?:pay|paid|salary|compensation|total compensation|base|package|rate|day rate|earn|money|"
    r"wants?|looking for|asking|ask|expects?|expecting|target|needs?|minimum|at least|floor|"
    r"on target earnings|interested|would move for|for|below|under|above|over)\b"
)
_VAGUE = re.compile(
    r"\b(?:(?:a |an )?\d+ ?%(?: pay)? (?:raise|rise|increase|bump|uplift|more)|pay (?:rise|raise|bump)|"
    r"(?:more|better|higher|bigger|fairer|competitive|market[- ]rate) (?:money|pay|salary|"
    r"compensation|total compensation|package|base|rate)|(?:a |the )?(?:raise|salary increase|"
    r"pay increase)|paid (?:more|better|fairly|properly|market rate)|underpaid|money)\b"
)


def find_pay(text: str) -> list[tuple[dict, str, int, int]]:
    """(value, polarity, start, end) for each pay condition in lower-case ``text``."""
    found: list[tuple[dict, str, int, int]] = []
    symboled = list(_SYMBOLED.finditer(text))
    plain = [
        m
        for m in _PLAIN.finditer(text)
        if not any(s.start() <= m.start() < s.end() for s in symboled)
    ]
    for m in sorted(symboled + plain, key=lambda m: m.start()):
        value = _value(m, text)
        if value is None:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        if _CURRENT.search(before) and not re.search(
            r"\b(?:wants?|looking|needs?|ask)", before[-25:]
        ):
            continue
        after = text[m.end() : m.end() + 30]
        floor = bool(_FLOOR.search(before[-40:]) or _POST_FLOOR.match(after) or m["plus"])
        value["kind"] = "floor" if floor else "ask"
        found.append((value, "must" if floor else "wish", m.start(), m.end()))
    if not found:
        v = _VAGUE.search(text)
        if (
            v
            and _CURRENT.search(text[: v.start()])
            and not re.search(r"\bwants?\b", text[: v.start()])
        ):
            v = None
        if v and not (
            v.group() == "money"
            and not re.search(r"\b(?:more|better|for the|about the)\W+money", text)
        ):
            found.append(
                (
                    {"amount": None, "currency": None, "period": None, "kind": "ask"},
                    "wish",
                    v.start(),
                    v.end(),
                )
            )
    return found


def _value(m: re.Match, text: str) -> dict | None:
    raw = m["num"]
    mult = m["mult"]
    has_money_sign = bool(m["sym"] or m["word"])
    period = _period(m)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):
        number = float(re.sub(r"[,.]", "", raw))
    else:
        number = float(raw)
    if mult is None and m["himult"]:
        mult = m["himult"]  # "95-105k": the unit of the range's top applies to its bottom
    if mult in ("k", "grand", "thousand"):
        number *= 1000
    elif mult in ("m", "mil", "million"):
        if not has_money_sign and mult == "m":
            return None  # "5m" is more likely minutes or metres than millions
        number *= 1_000_000
    elif not has_money_sign and period is None:
        # A bare number is pay only as a salary-sized figure in a pay context, or "~90" style.
        context = text[max(0, m.start() - 40) : m.start()]
        if m["tilde"] or m["ish"] or m["plus"]:
            if 20 <= number < 1000:
                number *= 1000
        elif number >= 10000 and _PAY_CONTEXT.search(context):
            pass
        elif 20 <= number < 1000 and re.search(
            r"\b(?:salary|base|pay|compensation|package)\b[^.;]{0,15}$", context
        ):
            number *= 1000
        else:
            return None
    if not has_money_sign and not mult and period is None and number < 10000:
        return None
    if (
        not has_money_sign
        and period is None
        and number < 15000
        and not _PAY_CONTEXT.search(text[max(0, m.start() - 40) : m.start()])
    ):
        return None  # "2k stars", "5k users"
    if re.match(
        r"\s?(?:stars|users|followers|requests|rps|lines|employees|people|downloads|members)\b",
        text[m.end() :],
    ):
        return None
    if not has_money_sign and mult is None and period in ("day", "hour") and number > 5000:
        return None
    if m["sym"] == "$" and re.search(r"\b(?:cad|canadian)\b", text):
        currency = "CAD"
    elif m["sym"]:
        currency = _SYMBOLS[m["sym"]]
    elif m["word"]:
        currency = _WORDS.get(m["word"].rstrip("s"), _WORDS.get(m["word"]))
    else:
        currency = _currency_nearby(text, m.end())
    if period is None and re.search(r"\bday rate\b", text[max(0, m.start() - 30) : m.end() + 20]):
        period = "day"
    return {"amount": int(round(number)), "currency": currency, "period": period or "year"}


def _period(m: re.Match) -> str | None:
    per = (
        m["per"] or m["per2"] or {"a": "pa", "d": "pd", "h": "ph", "m": "pcm"}.get(m["perp"] or "")
    )
    if not per:
        return None
    return {
        "year": "year",
        "annum": "year",
        "yr": "year",
        "y": "year",
        "a": "year",
        "pa": "year",
        "annually": "year",
        "month": "month",
        "mo": "month",
        "monthly": "month",
        "pcm": "month",
        "day": "day",
        "d": "day",
        "daily": "day",
        "pd": "day",
        "hour": "hour",
        "hr": "hour",
        "h": "hour",
        "hourly": "hour",
        "ph": "hour",
    }[per]


def _currency_nearby(text: str, pos: int) -> str | None:
    near = re.match(
        r"\W{0,3}(?:in |of )?(euros?|pounds?|dollars?|usd|eur|gbp|chf|sek|cad|aud)\b",
        text[pos : pos + 15],
    )
    return _WORDS.get(near.group(1)) if near else None
