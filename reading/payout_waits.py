"""Waits for a year-end pay that names no month: the 13th month and its kin.

"once the 13th month is paid", "not resigning before my thirteenth salary", "staying for the
Weihnachtsgeld", "quero receber o décimo terceiro antes", "after the aguinaldo": the extra month's
pay the Philippines, Brazil, Mexico and much of Europe and Latin America pay in December (the
German Christmas money with November's pay) holds them until it is paid; they are free from the
payout month, through the day it is paid by (the 20th). Said after it is paid (about the 20th), it is the next year's.

Twins left alone: the extra month as a part of the pay ("base plus 13th month", "HK$80k a month
+ 13th month", "incl. 13th salary"), and one already paid ("got my 13th month last week").
"""

from __future__ import annotations

import re
from datetime import date

_THIRTEENTH = re.compile(
    r"(?:\b13th|\bthirteenth)[- ](?:month|salary|cheque|check|pay)(?:'s)?(?: pay| salary| bonus)?|"
    r"\bd[ée]cimo[- ]terceiro\b|\b13º(?: sal[áa]rio)?|\bweihnachtsgeld\b|\bchristmas money\b|"
    r"\b(?:el |the )?aguinaldo\b"
)
# A wait said around it: "after", "once", "until", "before I resign", "first ... then", and
# their Portuguese, Spanish, German and Taglish words ("depois", "antes de", "hasta", "nach",
# "pag", "hintayin").
_HOLD = re.compile(
    r"\b(?:after|once|until|till|til|when|post|waiting|wait|before|first|then|not (?:leaving|"
    r"moving|resigning|jumping)|staying|stay|depois|antes|hasta|despu[eé]s|primero|nach|bis|"
    r"erst|pag|hintay\w*|saka|receber|cobrar)\b"
)
# The extra month as part of the pay: "+ 13th month", "plus", "incl.", "with", "x 13", a figure
# before it ("HK$80k/month + 13th month").
_PART_OF_PAY = re.compile(
    r"(?:\+|\bplus|\bincl\.?|\bincluding|\bwith|\band|\bexcl\.?|\bexcluding)\s*(?:a |the )?$"
)
# None to wait for: "they cut the 13th month", "a job without a 13th salary"
_NONE_PAID = re.compile(
    r"\b(?:no|cut|cuts|without|lost|scrapped|dropped|removed|stopped)\s+(?:the |a |their |his |her |my |our )?$"
)
_PAID_ALREADY = re.compile(
    r"\b(?:got|received|receiving|was paid|were paid|came in|came through|already|"
    r"last (?:week|month)|just (?:got|landed|came|paid)|recebi|cobr[ée]|bekommen|natanggap)\b"
)
# The month it is paid: December, but the German Christmas money comes with November's pay.
_NOVEMBER = re.compile(r"weihnachtsgeld|christmas money")


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    start = max(text.rfind(x, 0, a) for x in ".!?;\n") + 1
    end = re.compile(r"[.!?;\n]").search(text, b)
    return start, end.start() if end else len(text)


def payout_waits(text: str, said_at: date) -> list[tuple[date, int, int]]:
    """(first day open again, start, end) for a wait on a year-end extra month's pay."""
    for m in _THIRTEENTH.finditer(text):
        s, e = _sentence(text, m.start(), m.end())
        if _PART_OF_PAY.search(text, max(s, m.start() - 12), m.start()):
            continue  # "base plus 13th month": a part of the pay
        if _NONE_PAID.search(text, max(s, m.start() - 16), m.start()):
            continue
        if _PAID_ALREADY.search(text, s, e) or not _HOLD.search(text, s, e):
            continue
        month = 11 if _NOVEMBER.search(m.group()) else 12
        # paid by about the 20th: said later than that, it is next year's
        year = said_at.year if said_at <= date(said_at.year, month, 20) else said_at.year + 1
        return [(date(year, month, 20), m.start(), m.end())]
    return []
