"""A bare figure that takes its currency and period from the pay said just before it.

People say what they earn with its currency and period, then the least they would take or what
they ask as a bare figure: "I'm on CHF 5,800 a month and wouldn't move for less than 7,500", "on
€3.200 netto a month, but would take 2.900 for the right boat". The bare figure is too small to
be a year's pay on its own (``reading.pay`` leaves it unread); said right after a floor or an ask
and of the same size as the amount before it, it is that many of the same money a month (or a
day, or an hour). A figure that is no pay ("less than 3,000 guests", "2,400 passengers") has
no such amount before it, or a word after it that says what it counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reading import money

# The bare figure: with its thousands written ("7,500", "2.900") or four or five digits.
_BARE = re.compile(r"\d{1,3}(?:[,.' ]\d{3})|\d{4,5}")
# What makes the figure an amount asked: "less than", "below", "would take", "asks", "wants".
_CUE = re.compile(
    r"\b(?:less than|lower than|below|under|at least|minimum|min|(?:would|will|'d|to) (?:take|accept|"
    r"settle for|go (?:down )?to|drop to|do it for)|asks?|asking|wants?|needs?|expects?|looking for)"
    r"\W*$"
)
# A word after the figure that says what it counts: "7,500 guests", "2,400 passengers".
_COUNTS_AFTER = re.compile(
    r"\s?(?:[a-z]+ )?(?:guests?|passengers?|pax|people|crew|staff|rooms?|beds?|"
    r"covers?|members?|users?|customers?|km|miles?|m\b|feet|ft|hours?|hrs?)\b"
)
_REACH = 160  # characters back to the amount said with its money


def carried(m: re.Match, text: str, whole: str, at: int) -> dict | None:
    """The value of ``m``, a bare figure in lower-case clause ``text`` (at ``at`` in the note
    ``whole``), in the money and period of the amount said before it; None when it is not one."""
    if (
        m["sym"]
        or m["word"]
        or m["mult"]
        or m["hi"]
        or money.period(m)
        or not _BARE.fullmatch(m["num"])
    ):
        return None
    if not _CUE.search(text[max(0, m.start() - 30) : m.start()]):
        return None
    if _COUNTS_AFTER.match(text, m.end()):
        return None
    amount = money.number(m["num"])
    said = _said_before(whole, at + m.start(), amount, lambda b: bool(money.period(b)))
    if said is None:
        return None
    return {
        "amount": int(round(amount)),
        "currency": money.currency(said, whole),
        "period": money.period(said),
    }


def borrowed(m: re.Match, value: dict, whole: str, at: int) -> None:
    """Give ``value``, read from ``m`` with no money of its own ("she asked for 35k"), the money
    and period of an amount said with them just before it and of the same size ("offer was AED
    28k pm, she asked for 35k" is 35,000 dirhams a month); a figure of another size keeps its own."""
    if value.get("currency") or m["sym"] or m["word"]:
        return
    said = _said_before(whole, at + m.start(), value["amount"], lambda b: bool(b["sym"]))
    if said is None or not (code := money.currency(said, whole)):
        return
    value["currency"] = code
    if value.get("period_unsaid") and (per := money.period(said)):
        value["period"] = per
        value.pop("period_unsaid")


def _said_before(
    whole: str, start: int, amount: float, keep: Callable[[re.Match], bool]
) -> re.Match | None:
    """The last amount said with its money (``keep``) within reach before ``start`` in ``whole``,
    when ``amount`` is of its size (a third to three times it); else None: another kind of number."""
    before = [b for b in money.SYMBOLED.finditer(whole, max(0, start - _REACH), start) if keep(b)]
    if not before:
        return None
    said = before[-1]
    earlier = money.number(said["num"]) * money.multiplier(said["mult"])
    return said if earlier / 3 <= amount <= earlier * 3 else None
