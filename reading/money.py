"""Money as people write it: an amount, its currency and its period, in any common format.

"£95,000", "95k", "€2.800 brutto monthly", "SEK 60 000 per month", "CHF 140'000", "₹40 LPA",
"$70 an hour", "600/day", "70-75" (a range: the lower amount, the top kept as ``amount_max``),
"six figures". ``reading.pay`` decides which of these are a person's floor or ask.
"""

from __future__ import annotations

import re

from reading.gates import gated

_SYMBOLS = {
    "£": "GBP",
    "€": "EUR",
    "$": "USD",
    "us$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "₹": "INR",
    "¥": "JPY",
    "zł": "PLN",
    "kr": "SEK",
    "r": "ZAR",
    "n": "NGN",
    "₦": "NGN",
    "s$": "SGD",
    "nz$": "NZD",
    "hk$": "HKD",
    "r$": "BRL",
    "mx$": "MXN",
    "ksh": "KES",
    "kshs": "KES",
    "₺": "TRY",
    "₱": "PHP",
    "₪": "ILS",
    "฿": "THB",
    "₩": "KRW",
    "kč": "CZK",
    "e£": "EGP",
    "rm": "MYR",
    "rp": "IDR",
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
    "francs": "CHF",
    "swiss francs": "CHF",
    "kronor": "SEK",
    "krona": "SEK",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "zloty": "PLN",
    "rupees": "INR",
    "yen": "JPY",
    "rand": "ZAR",
    "naira": "NGN",
    "reais": "BRL",
    "shillings": "KES",
    "dirhams": "AED",
    "dirham": "AED",
    "riyals": "SAR",
    "lira": "TRY",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "shekels": "ILS",
    "forint": "HUF",
    "lei": "RON",
}
# Currencies whose "mil" is a thousand ("R$ 32 mil", "45 mil pesos"), as Portuguese and
# Spanish speakers write it; elsewhere "mil" is a million ("$1.2 mil").
THOUSAND_MIL = frozenset({"BRL", "MXN", "ARS", "CLP", "COP", "PEN", "UYU"})
_CODES = (
    "gbp|eur|usd|chf|sek|nok|dkk|cad|aud|pln|inr|jpy|nzd|sgd|zar|hkd|ngn|kes|aed|brl|mxn|egp|"
    "idr|thb|myr|clp|sar|qar|kwd|bhd|ils|czk|huf|ron|bgn|cny|rmb|krw|twd|vnd|pkr|bdt|lkr|ghs|ugx|"
    "tzs|uah|isk"
)
# Codes that are English words too ("try", "php", "mad", "cop"): a currency only right before
# an amount of a salary's size ("TRY 90k", "PHP 120,000"), never after one.
_WORDY_CODES = r"(?:try|php|mad|ars|pen|cop|omr)(?=\s?\d+(?:[.,]\d+)?\s?(?:k|m|mil)\b|\s?\d{1,3}(?:[ ,.]\d{3})+)"
# "R130k", "R 950 000": the rand's R only before an amount of a salary's size.
_RAND = r"r(?=\s?\d+(?:[.,]\d+)?\s?(?:k|m|mil|million)\b|\s?\d{1,3}(?:[ ,]\d{3})+)"
# "N1.5m", "N900k": the naira's N (₦ typed without the bar) only before an amount with its size.
_NAIRA = r"n(?=\d+(?:\.\d+)?\s?(?:k|m|mil|million)\b|\d{1,3}(?:,\d{3}){1,2}\b)"
# "RM 12k", "Rp 15 juta": letters that are a currency only right before an amount.
_BEFORE_AMOUNT = r"(?=\s?\d)"
_SYM = (
    rf"(?P<sym>us\$|ca?\$|au?\$|nz\$|hk\$|mx\$|r\$|s\$|e£|£|€|\$|₹|₦|¥|₺|₱|₪|฿|₩|kr|kč|"
    rf"kshs?{_BEFORE_AMOUNT}|rm{_BEFORE_AMOUNT}|rp{_BEFORE_AMOUNT}|"
    rf"{_RAND}|{_NAIRA}|{_WORDY_CODES}|{_CODES})"
)
# 95,000 / 95.000 / 95 000 / 140'000 / 95 / 2.5
_NUM = r"(?P<num>\d{1,3}(?:(?:[,.']|\s(?=\d{3}\b))\d{3})+|\d+(?:\.\d+)?)"
# Japanese and Chinese count in ten-thousands: "1500万" is 15 million, "1.2億" 120 million.
_MULT = (
    r"(?:\s?(?P<mult>(?:k|m|grand|thousand|mil|million|lpa|lakhs?|lacs?|crores?|cr|(?<=\d)l)\b|"
    r"万|萬|億|亿))?"
)
_CUR_WORD = (
    r"(?:\s?(?P<word>swiss francs|canadian dollars|australian dollars|euros?|pounds?|quid|"
    rf"sterling|dollars?|francs|kronor|krona|zloty|rupees|yen|rand|naira|reais|shillings|dirhams?|"
    rf"riyals|lira|baht|ringgit|rupiah|shekels|forint|lei|pesos|{_CODES}|€|£|\$|zł|"
    # "58.000 kr. a month": the Nordic abbreviation's dot, not a sentence's end
    rf"kr\.(?= (?:a|an|per|each|pr)\b)|kr)(?![\w$£€])|"
    r"(?P<cjk>円|元|人民币))?"
)
# The sign may be said again at the top: "€1,400–€1,600", "₱28,000–₱32,000", "₹4.5–₹5.5", "R18,000–R22,000".
_RANGE = r"(?:\s?(?:-|–|to)\s?(?:(?:[£€$₹₦¥₺₱₪฿₩]|r\$|r(?=\d))\s?)?(?P<hi>\d{1,3}(?:[,.']\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<himult>k|m|lpa|lakhs?|lacs?|cr|l))?\b)?"
# Words between an amount and its period: "2.800 € brutto monthly".
_TAX = r"(?:\s(?:gross|netto|net|brutto|before tax|after tax|pre-tax|base|basic|b2b)\b)?"
_PERIOD = (
    rf"(?:{_TAX}(?:(?:\s?/\s?|\s(?:a|an|per|each)\s)(?P<per>year|annum|yr|month|mo|week|wk|day|hour|hr|(?<=/)[hd]|(?<=/ )[hd])\b"
    r"|\s?p[./]?\s?(?P<perp>a|d|h|m)\b\.?"
    r"|\s(?P<per2>daily|hourly|weekly|monthly|annually|pcm|pa)\b))?"
)
SYMBOLED = re.compile(
    rf"(?<![\w£€$]){_SYM}\s?{_NUM}{_MULT}{_RANGE}{_CUR_WORD}(?P<tilde>)(?P<ish>)(?P<plus>\+)?{_PERIOD}"
)
# Not inside a word or a figure; a Japanese or Chinese word may run straight into the amount
# ("希望年収は1,200万円"). A figure led by a zero ("0430", "07") is a clock time or a code, not pay.
PLAIN = re.compile(
    rf"(?<![^\W\u3040-\u30ff\u3400-\u9fff£€$.,'])(?<![£€$.,'])(?P<sym>)(?P<tilde>~|c\.\s?)?(?!0\d){_NUM}{_MULT}{_RANGE}{_CUR_WORD}(?P<ish>[- ]?ish)?"
    rf"(?P<plus>\+)?{_PERIOD}"
)
# "six figures", "a six-figure salary": an amount said in words.
FIGURES = gated(re.compile(r"\b(?:low |mid |high )?(?P<n>five|six|seven|[567])[- ]figures?\b"))
_FIGURES = {
    "five": 10_000,
    "six": 100_000,
    "seven": 1_000_000,
    "5": 10_000,
    "6": 100_000,
    "7": 1_000_000,
}
_MULTIPLIERS = {
    "k": 1000,
    "grand": 1000,
    "thousand": 1000,
    "m": 1_000_000,
    "mil": 1_000_000,
    "million": 1_000_000,
    "lpa": 100_000,
    "l": 100_000,  # "ECTC 45L": lakhs
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "lacs": 100_000,
    "cr": 10_000_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "万": 10_000,
    "萬": 10_000,
    "億": 100_000_000,
    "亿": 100_000_000,
}
_PERIODS = {
    "year": "year",
    "annum": "year",
    "yr": "year",
    "a": "year",
    "pa": "year",
    "annually": "year",
    "month": "month",
    "mo": "month",
    "monthly": "month",
    "pcm": "month",
    "m": "month",
    "week": "week",
    "wk": "week",
    "weekly": "week",
    "day": "day",
    "d": "day",
    "daily": "day",
    "hour": "hour",
    "hr": "hour",
    "h": "hour",
    "hourly": "hour",
}


def number(raw: str) -> float:
    """ "95,000", "95.000", "95 000", "140'000" -> 95000.0; "2.5" -> 2.5."""
    if re.fullmatch(r"\d{1,3}(?:(?:[,.']|\s)\d{3})+", raw):
        return float(re.sub(r"[,.'\s]", "", raw))
    return float(raw)


def multiplier(mult: str | None) -> int:
    return _MULTIPLIERS.get(mult or "", 1)


def period(m: re.Match) -> str | None:
    per = m["per"] or m["per2"] or m["perp"]
    if m["perp"] == "a" or per == "pa" or m["mult"] in ("lpa", "l"):
        return "year"
    return _PERIODS.get(per or "")


def currency(m: re.Match, text: str) -> str | None:
    """The ISO code of the match's currency: its symbol, its word, or one written right after."""
    sym, word = m["sym"], m["word"]
    if m["cjk"]:
        return "JPY" if m["cjk"] == "円" else "CNY"
    if sym == "$" and re.search(r"\b(?:cad|canadian)\b", text):
        return "CAD"
    if sym:
        return _SYMBOLS.get(sym) or sym.upper()
    if word == "pesos":
        return None  # Mexico's, Chile's, Colombia's...: the band's, when of its size
    if word:
        word = word.rstrip(".")  # "kr."
        return _SYMBOLS.get(word) or _WORDS.get(word) or _WORDS.get(word + "s") or word.upper()
    if (m["mult"] or m["himult"]) in (
        "lpa",
        "lakh",
        "lakhs",
        "lac",
        "lacs",
        "crore",
        "crores",
        "cr",
        "l",
    ):
        return "INR"
    near = re.match(
        rf"\W{{0,3}}(?:in |of )?(euros?|pounds?|dollars?|reais|{_CODES})\b",
        text[m.end() : m.end() + 15],
    )
    if not near:
        return None
    found = near.group(1)
    return _WORDS.get(found) or _WORDS.get(found + "s") or found.upper()


def figures(m: re.Match) -> int:
    return _FIGURES[m["n"]]


# Dollars named in so many words: a bare "$" (or "dollars") in the same note is the same dollar
# ("union scale is C$58/hr, she wants $60/hr" asks for C$60).
_NAMED_DOLLARS = (
    ("CAD", r"ca?\$|\bcad\b|\bcanadian dollars?\b"),
    ("AUD", r"au?\$|\baud\b|\baustralian dollars?\b"),
    ("NZD", r"nz\$|\bnzd\b"),
    ("SGD", r"s\$|\bsgd\b"),
    ("HKD", r"hk\$|\bhkd\b"),
    ("MXN", r"mx\$|\bmxn\b"),
    ("USD", r"us\$|\busd\b|\bus dollars?\b"),
)
_NAMED_DOLLAR = re.compile("|".join(f"(?P<{code}>{pattern})" for code, pattern in _NAMED_DOLLARS))
# ... or the note's place, where no dollar is named: "Calgary-based, wants $95k".
_DOLLAR_PLACES = (
    (
        "CAD",
        r"canada|toronto|gta|vancouver|montr[eé]al|calgary|ottawa|edmonton|winnipeg|"
        r"qu[eé]bec|ontario|alberta|british columbia|manitoba|saskatchewan|saskatoon|"
        r"nova scotia|new brunswick|newfoundland|kitchener",
    ),
    (
        "AUD",
        r"australia|sydney|melbourne|brisbane|adelaide|canberra|hobart|queensland|"
        r"new south wales|nsw|tasmania|gold coast",
    ),
    ("NZD", r"new zealand|auckland|wellington|christchurch|aotearoa"),
)
_DOLLAR_PLACE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{code}>{pattern})" for code, pattern in _DOLLAR_PLACES) + r")\b"
)
# A note that brings the United States in leaves a bare "$" American.
_US_SIDE = re.compile(
    r"\b(?:usa|u\.s\.a?\.?|united states|the states|stateside|american|the us|in us|us-based|"
    r"us (?:roles?|jobs?|companies|company|employer|citizen|remote))\b"
)


def note_dollar(note: str) -> str | None:
    """The dollar a bare "$" means in lower-case ``note``: the one other dollar named in it
    ("C$58/hr"), else the one country its places are in ("based in Toronto"); None where it
    names none, or more than one (a note with "US$" and "C$" keeps each as written)."""
    named = {m.lastgroup for m in _NAMED_DOLLAR.finditer(note)}
    if named:
        return named.pop() if len(named) == 1 and "USD" not in named else None
    places = {m.lastgroup for m in _DOLLAR_PLACE.finditer(note)}
    if len(places) == 1 and not _US_SIDE.search(note):
        return places.pop()
    return None
