"""What a figure said as money amounts to: an amount, a currency and a period, or no pay at all.

``pay_value`` reads one amount ``reading.money`` found: "190 CAD base" is thousands, "ECTC 28-30"
lakhs a year, "€1,500 gross x 14" a year of fourteen months' pay, "need 30 now" thousands a year
(assumed, so an hourly band may read it as 30); "after 6pm", "a 50/50 split", "a 482 visa", "a FTSE
100 name", "40k from home", "a 52-week contract" and "5k users" are no pay. ``in_figures`` first
writes amounts said in words ("sixty grand") in figures. Whose the figure is, and whether it is a
floor or an ask, ``reading.pay`` decides.
"""

from __future__ import annotations

import re

from reading import money

_PAY_CONTEXT = re.compile(
    r"\b(?:pay|paid|salary|compensation|total compensation|base|package|rate|day rate|earn|money|"
    r"wants?|looking for|asking|ask|expects?|expecting|expected|expectations?|target|needs?|minimum|"
    r"at least|floor|on target earnings|interested|would move for|(?:would|will|'d) (?:take|accept|settle for)|for|below|under|above|over)\b"
)
# A bare figure after "the" names a thing (an aircraft type, a model), unless money is near:
# "open to the 737" (not "she'd take the 85 they offered").
_A_MODEL_NUMBER = re.compile(r"\bthe\W*$")
_MONEY_NEAR = re.compile(
    r"\b(?:pay|paid|salary|base|package|offer\w*|rate|ask\w*|budget|band|k|grand|money|take[- ]home|"
    r"mark|figure|range|region|ballpark|level|number|around|about|north of|south of|near|closer to)\b"
)
# A bare two- or three-digit figure is thousands next to these: "ask 90", "90 floor", "exp 70-75".
_THOUSANDS_BEFORE = re.compile(
    r"\b(?:salary|base|pay|compensation|package|ask(?:ing)?|exp(?:ected|ecting|ectation|ectations)?|"
    r"target|wants?|floor|flr|min(?:imum)?|looking for|at least|needs?|around|about|ideally|"
    r"prefer\w*|(?:would|'d|id) (?:like|take|do|want|accept|settle for|go for)|hoping for|happy (?:with|at)|north of|upwards of|"
    r"in excess of|(?:go|drop|come) (?:down )?to|as low as)\b[^.;\d]{0,15}$"
)
# What only a salary is called: after a figure with a currency, it is thousands ("190 CAD base").
_A_SALARY_AFTER = re.compile(
    r"^\W{0,2}(?:base|basic|salary|tc|total comp(?:ensation)?|package|ctc|fixed|all[- ]in)\b"
    r"(?!\W{0,3}(?:a|per|/)\W{0,2}(?:day|hour|hr|week|month)\b)"
)
_THOUSANDS_AFTER = re.compile(r"^\W{0,2}(?:floor|flr|minimum|base|basic|ask|on target earnings)\b")
# A figure taken as enough, said after it: "130 would work", "150 would do him", "130 ça irait",
# "140 lui va" - thousands a year (from 60 up: "37.5 would be fine" is a week's hours).
_WOULD_DO_AFTER = re.compile(
    r"^\W{0,2}(?:would (?:work|do|be (?:fine|ok|okay|enough))|works for (?:me|him|her|them)|"
    r"(?:[çc]a |cela )?(?:m'|me |lui |leur )?(?:irait|conviendrait|va(?:it)? (?:bien|tr[èe]s bien)|"
    r"me va|lui va|leur va))(?!\w)"
)
# A stock index or a ranked list whose size follows it: "FTSE 100", "Fortune Global 500", "S&P
# 500", "Russell 2000", "ASX 200", "Inc. 5000".
_AN_INDEX_BEFORE = re.compile(
    r"\b(?:ftse(?: aim)?|fortune(?: global)?|s ?& ?p|russell|asx|tsx|dax|mdax|cac|nikkei|nifty|sensex|"
    r"euro ?stoxx|stoxx(?: europe)?|hang seng|kospi|ibex|aex|smi|omx|forbes(?: global)?|inc\.?|"
    r"fortune india|footsie)\W{0,2}$"
)
_NOT_MONEY_AFTER = re.compile(
    r"^\s?(?:%|-(?:person|people|strong|seat|employee)\b|(?:stars|users|followers|requests|rps|lines|employees|people|downloads|members|staff|"
    r"engineers|customers|clients|percent|(?:a|per) week|hours|days|minutes|mins|years|months|"
    # a team counted: "doesn't want 20 reports again", "6 direct reports", "12 heads"
    r"(?:direct )?reports|reportees|heads|fte|ftes|subordinates)\b)"
)
# A visa named by its number: "a 482 sponsored", "her 485 runs out", "an 820 visa", "a 482 (TSS)
# nomination".
_A_VISA_AFTER = re.compile(
    r"^\s?(?:\((?:tss|sc ?\d+|subclass \d+)\)\s?)?(?:visas?|sponsor\w*|subclass|bridging|nomination|stream|runs? out|expir\w+|holders?|"
    r"pathway|grant(?:ed)?)\b"
)
# A gap between two figures: "$20k short", "15k shy of her ask", "10k below what he needs".
GAP_AFTER = re.compile(
    r"^\s?(?:short|shy)\b|^\s?(?:below|under|less than|more than|above|over|off)\s+(?:what|the|her|his|"
    r"their|my|our|its|your)\b"
)
# A length of time, a bare figure its measure: "a 52-week contract", "a 37-hour week", "39 weeks".
# A month's pay said with how many times a year it is paid ("€1,500 gross x 14", "1.500 € x14",
# "2k times fourteen"): Portugal, Spain, Italy, Greece and Austria pay 14 months, the Philippines
# and Mexico a 13th. The year is the month times that; a year needs no such count.
_PAYMENTS_AFTER = re.compile(
    r"^\s?(?:(?:gross|brutos?|brutto|net|netos?|l[íi]quidos?)\s)?(?:[x×*]\s?|times\s)"
    r"(1[2-6]|twelve|thirteen|fourteen|fifteen|sixteen)\b(?!\s?(?:k|%|days?|hours?)\b)"
)
_PAYMENTS = {"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16}
_A_LENGTH_AFTER = re.compile(r"^[\s-](?:weeks?|hours?|days?|months?|years?|wks?)\b")
# Kilometres said as "k" ("30 k's each way", "no more than 40k from home").
_A_DISTANCE_AFTER = re.compile(
    r"^(?:'?s)?\s?(?:each way|one way|away|out of|from (?:home|the house|me|him|her|them|where)|"
    r"radius|drive|commute|round trip|(?:a|per) day (?:in the car|driving))\b"
)


# India's pay words, after which a bare figure is in lakhs: "ECTC 28-30", "expected CTC 32".
_LAKH_CONTEXT = re.compile(
    r"\b(?:e?ctc|expected ctc|exp\.? ctc|lpa|in lakhs?|lakhs?)\W{0,3}(?:\w+\W+)?$"
)


# An amount in words before its unit: "forty-eight an hour", "sixty grand", "twenty-two fifty an
# hour" is not read (cents said as words are rare in notes).
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_IN_WORDS = re.compile(
    rf"\b(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<unit>{'|'.join(_UNITS)}))?"
    r"(?= (?:an? (?:hour|hr)|per (?:hour|hr)|bucks|dollars|grand|thousand|k\b)|/(?:hr|hour|h)\b)"
)


# A month's pay named before its figure: "a monthly salary of £4,000", "monthly take-home: 3000".
_MONTHLY_BEFORE = re.compile(
    r"\bmonthly (?:base |gross |net |basic )?(?:salary|pay|wage|income|take[- ]home|rate|package)"
    r"\b[^.;\d]{0,12}$"
)


def in_figures(text: str) -> str:
    """``text`` with amounts in words written in figures, right-aligned in the same length (so
    spans still index the note)."""

    def figures(m: re.Match) -> str:
        n = str(_TENS[m["tens"]] + (_UNITS[m["unit"]] if m["unit"] else 0))
        return n.rjust(len(m.group()))

    return _IN_WORDS.sub(figures, text)


def pay_value(m: re.Match, text: str) -> dict | None:
    has_money_sign = bool(m["sym"] or m["word"])
    period = money.period(m)
    amount = money.number(m["num"])
    mult = m["mult"] or m["himult"]  # "95-105k": the unit of the range's top applies to its bottom
    after = text[m.end() :]
    if m["perp"] == "m" and not has_money_sign and amount <= 12:
        return None  # "after 6pm" is a time
    if m["num"] == "401" and m["mult"] == "k":
        return None  # a 401(k) is a pension plan
    if mult == "m" and not has_money_sign:
        return None  # "5m" is more likely minutes or metres than millions
    if (
        not has_money_sign
        and not mult
        and (
            after[:1] == "/"
            and after[1:2].isdigit()
            or re.match(r"\d/", text[max(0, m.start() - 2) : m.start()])
        )
    ):
        return None  # "a 50/50 split", "60/40 base/variable": shares, not pay
    if mult == "mil" and (money.currency(m, text) in money.THOUSAND_MIL or m["word"] == "pesos"):
        mult = "k"  # "R$ 32 mil": thirty-two thousand reais
    elif mult == "mil" and not has_money_sign and amount >= 10 and amount == int(amount):
        # "con 19 mil estoy bien", "25 mil e fico": with no currency, tens of millions are no
        # one's pay - a Spanish or Portuguese thousand ("$1.2 mil" keeps its million)
        mult = "k"
    lakhs = False
    assumed = False
    if (
        not mult
        and not has_money_sign
        and period is None
        and amount < 1000
        and _LAKH_CONTEXT.search(text[max(0, m.start() - 25) : m.start()])
    ):
        mult, lakhs = "lakh", True  # "ECTC 28-30": lakhs a year
    if mult:
        amount *= money.multiplier(mult)
    elif has_money_sign and period is None and 20 <= amount < 1000 and _A_SALARY_AFTER.match(after):
        amount *= 1000  # "190 CAD base", "$185 base": a salary in thousands, as recruiters write it
    elif not has_money_sign and period is None:
        # A bare number is pay only as a salary-sized figure in a pay context, or "~90" style.
        context = text[max(0, m.start() - 40) : m.start()]
        rate = re.search(
            r"\b(?:(?:a|per|/) ?(?P<u>day|hour)|(?P<d>day) rate|p(?P<p>[dh]))\b", context
        )
        if rate and 20 <= amount < 1000 and (_THOUSANDS_BEFORE.search(context) or rate["d"]):
            period = "day" if "d" in (rate["u"] or rate["d"] or rate["p"]) else "hour"
        elif m["tilde"] or m["ish"] or m["plus"] or m["hi"]:
            if not 20 <= amount < 1000:
                return None
            if m["hi"] and not (_THOUSANDS_BEFORE.search(context) or m["tilde"] or m["ish"]):
                return None  # "2-3 days", "10-15 people"
            amount *= 1000
        elif amount >= 10000 and _PAY_CONTEXT.search(context):
            pass
        elif _A_MODEL_NUMBER.search(context) and not _MONEY_NEAR.search(
            context[-25:] + " " + after[:25]
        ):
            return None  # "happy to go to the 737", "back on the 320": a model's number, not pay
        elif (
            20 <= amount < 1000
            and (_THOUSANDS_BEFORE.search(context) or _THOUSANDS_AFTER.match(after))
            or 60 <= amount < 1000
            and _WOULD_DO_AFTER.match(after)
        ):
            amount *= 1000
            assumed = True  # "need 30 now": thousands a year, or an hourly band's 30 (``matching``)
        else:
            return None
    if not has_money_sign and not mult and period is None and amount < 10000:
        return None
    if (
        not has_money_sign
        and period is None
        and amount < 15000
        and not _PAY_CONTEXT.search(text[max(0, m.start() - 40) : m.start()])
    ):
        return None  # "2k stars", "5k users"
    if _NOT_MONEY_AFTER.match(after) or (
        not has_money_sign and not mult and period is None and re.match(r"\s?(?:min|m)\b", after)
    ):
        return None  # "5k users", "40 min commute"
    if (
        not has_money_sign
        and mult is None
        and (
            _A_VISA_AFTER.match(after)
            or re.search(r"\bsubclass\W*$", text[max(0, m.start() - 12) : m.start()])
        )
    ):
        return None  # "needs a 482 sponsored", "on a 485 visa": a visa's class, not pay
    if (
        not has_money_sign
        and mult is None
        and _AN_INDEX_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
    ):
        return None  # "wants a FTSE 100 name", "a Fortune 500 client": a listing, not pay
    if GAP_AFTER.match(after):
        return None  # "the offer was $20k short of what he needs": a gap, not what they ask
    if not has_money_sign and _A_LENGTH_AFTER.match(after):
        return None  # "needs a 52-week contract": how long, not how much
    if not has_money_sign and _A_DISTANCE_AFTER.match(after):
        return None  # "max 30 k's each way", "40k from home": kilometres, not pay
    if not has_money_sign and mult is None and period in ("day", "hour") and amount > 5000:
        return None
    if not has_money_sign and mult is None and period == "week" and amount < 100:
        return None  # "3 a week", "two or 3 a week": how often, not pay
    if period is None and re.search(r"\bday rate\b", text[max(0, m.start() - 30) : m.end() + 20]):
        period = "day"
    if period is None and re.search(r"\bhourly rate\b", text[max(0, m.start() - 30) : m.start()]):
        period = "hour"  # "hourly rate not below €95"
    if period is None and _MONTHLY_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
        period = "month"  # "a monthly salary of £4,000", "monthly take-home 3,000 EUR"
    if period in (None, "month") and (paid := _PAYMENTS_AFTER.match(after)):
        # "1.500 € brutos x 14": fourteen months' pay a year
        amount *= _PAYMENTS.get(paid.group(1)) or int(paid.group(1))
        period = "year"
    value = {
        "amount": int(round(amount)),
        "currency": "INR" if lakhs else money.currency(m, text),
        "period": period or "year",
    }
    if period is None:
        value["period_unsaid"] = True  # a year by default; a monthly band may say otherwise
    if assumed:
        value["thousands_assumed"] = True
    if m["hi"]:
        top = money.number(m["hi"]) * money.multiplier(m["himult"] or mult)
        if not (m["himult"] or m["mult"]) and top < 1000 and value["amount"] >= 1000:
            top *= 1000
        if top > value["amount"]:
            value["amount_max"] = int(round(top))
    return value
