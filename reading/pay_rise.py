"""A rise asked over the pay someone is on now: the ask is that pay and the rise together.

"£20k more than the £70k I'm on" is an ask of £90k (``rise_over_now``); "on £44k, needs a 10%
uplift to move" an ask of £48,400 (``uplift``). Said with "needs", "must" or "won't move for
less", the sum is a floor. ``reading.pay`` reads the figures; the pay now is found with
``reading.pay_cues``.
"""

from __future__ import annotations

import re

from reading.pay_amount import pay_value
from reading.pay_cues import CURRENT

# A rise said as an amount over the pay now: "£20k more than the £70k I'm on", "a 15k uplift on
# her current 80k", "10k on top of the 60 he's on" - the ask is the two added (not "£10k more
# than last year's bonus": no pay of theirs after it).
_RISE_ON = re.compile(
    r"\s?(?:more|extra|on top|increase|raise|rise|bump|uplift|jump)\b[^.;!?£€$\d]{0,12}?\b(?:than|on|of|over|"
    r"above)\b(?: (?:the|my|her|his|their|what|current|a|base|basic|salary|of))*\W*$"
)
_NOW_PAY_AFTER = re.compile(
    r"^\W{0,3}(?:(?:i'm|i am|she's|he's|they're|she is|he is|i'm currently|"
    r"currently|now|at the moment|base|basic|salary|today)\b|(?:on|now)\W*$)"
)
RISE_HARD = re.compile(r"\b(?:needs?|must|minimum|at least|has to|have to|won't move for less)\b")

# A raise asked as a share of what they earn now: "on £44k, needs a 10% uplift to move", "wants
# 15% on top of his current £60k" - the ask is the pay now plus that share.
_UPLIFT = (
    r"(?P<pct>\d{1,2}(?:\.\d)?)\s?%\s?(?:pay\s)?(?:uplift|increase|raise|rise|bump|jump|hike|"
    r"more(?! (?:equity|stock|shares|options|holidays?|leave|pto|time|days|remote|flexibility|bonus))|on top|"
    # "needs 20% to move": the share is what moving takes
    r"(?<=% )(?=to (?:move|jump|switch|leave|change)\b))"
)
_UPLIFT_AFTER = re.compile(
    # the raise may be the next sentence's ask: "current SAR 30k/month package. needs 20% to move."
    rf"[^.!?;]{{0,40}}?(?:[.;]\s*(?:(?:he|she|they|i)\s)?(?:(?:needs?|wants?|would need|asking for|"
    rf"looking for)\b[^.!?;]{{0,12}}?|"
    # ... or the least that would move them: "won't move for less than 30% more"
    rf"(?:won't|wont|will not|wouldn't|would not|not)\s(?:move|moving|go|going|leave|leaving|budge|"
    rf"jump|switch)\s(?:\w+\s)?for\s(?:anything\s)?(?:less\sthan|under|below)\s(?:an?\s)?))?{_UPLIFT}"
)
_UPLIFT_BEFORE = re.compile(
    rf"{_UPLIFT}[^.!?;]{{0,12}}?\b(?:on|over|above|of)\b[^.!?;£€$\d]{{0,25}}$"
)
_UPLIFT_HARD = re.compile(
    r"\b(?:needs?|must|minimum|at least|has to|won't move for less|(?:won't|wont|will not|wouldn't|would not|not) "
    r"(?:move|moving|go|going|leave|leaving|budge|jump|switch) (?:\w+ )?for (?:anything )?(?:less than|under|below))\b"
)


def uplift(text: str, a: int, b: int) -> tuple[float, bool] | None:
    """(share, hard?) of a raise asked on the amount at ``text[a:b]``, or None."""
    u = _UPLIFT_AFTER.match(text, b) or _UPLIFT_BEFORE.search(text, max(0, a - 60), a)
    if not u:
        return None
    lo = max(text.rfind(x, 0, a) for x in ".!?\n") + 1
    hard = bool(_UPLIFT_HARD.search(text, lo, max(u.end(), b)))
    return float(u["pct"]) / 100, hard


def rise_over_now(m: re.Match, value: dict, rest: list, text: str) -> tuple[int, int] | None:
    """(start, end) of "£20k more than the £70k I'm on" read from its first amount, with
    ``value`` made the sum; None when the amount is no rise over a pay said right after it."""
    if not rest or value.get("amount") is None:
        return None
    nxt = rest[0]
    if not _RISE_ON.match(text[m.end() : nxt.start()]) or nxt.start() - m.end() > 45:
        return None
    now = pay_value(nxt, text)
    if (
        not now
        or now.get("amount") is None
        or now.get("period") != value.get("period")
        or (now["currency"] and value["currency"] and now["currency"] != value["currency"])
        or not (
            _NOW_PAY_AFTER.match(text[nxt.end() : nxt.end() + 25])
            or CURRENT.search(text[m.end() : nxt.start()])
        )
    ):
        return None
    value["amount"] = value["amount"] + now["amount"]
    value["currency"] = value["currency"] or now["currency"]
    value.pop("amount_max", None)
    return m.start(), nxt.end()
